# ruff: noqa: E501
"""django-allauth's own strings that the portal's catalogs translate themselves.

allauth ships catalogs for bg, uk and pl, but some of the strings on the account
pages and in the account mails are mistranslated there (the Ukrainian "Invalid
login." reads "invalid surname"), worded poorly or in a mix of spellings
("E-mail" / "имейл" in Bulgarian). Our catalog (settings.LOCALE_PATHS) takes
precedence over allauth's, so the corrected translations live in
portal/locale/<lang>/LC_MESSAGES/django.po.

This module only exists so that `manage.py makemessages` extracts these msgids
(with the msgctxt allauth uses) and never drops them as obsolete. It is never
imported. Each msgid must stay byte-for-byte identical to allauth's source;
tests/portal/test_translations.py checks that they are still used by allauth.
"""

from django.utils.translation import gettext_noop, pgettext_lazy

ALLAUTH_STRINGS = [
    gettext_noop(
        # Translators: allauth (account/adapter.py)
        "The email address and/or password you specified are not correct.",
    ),
    gettext_noop(
        # Translators: allauth (account/adapter.py)
        "Please type your current password.",
    ),
    gettext_noop(
        # Translators: allauth (account/adapter.py)
        "Incorrect password.",
    ),
    gettext_noop(
        # Translators: allauth (account/adapter.py)
        "Invalid login.",
    ),
    gettext_noop(
        # Translators: allauth (account/adapter.py)
        "The password reset token was invalid.",
    ),
    gettext_noop(
        # Translators: allauth (account/adapter.py)
        "You cannot add more than %d email addresses.",
    ),
    gettext_noop(
        # Translators: allauth (account/adapter.py)
        "The email address is not assigned to any user account.",
    ),
    gettext_noop(
        # Translators: allauth (account/adapter.py; templates/account/messages/unverified_primary_email.txt)
        "Your primary email address must be verified.",
    ),
    gettext_noop(
        # Translators: allauth (account/adapter.py)
        "Be patient, you are sending too many requests.",
    ),
    gettext_noop(
        # Translators: allauth (account/fields.py)
        "Email address",
    ),
    gettext_noop(
        # Translators: allauth (account/fields.py)
        "Forgot your password?",
    ),
    gettext_noop(
        # Translators: allauth (account/forms.py)
        "You must type the same password each time.",
    ),
    gettext_noop(
        # Translators: allauth (account/forms.py)
        "Remember Me",
    ),
    pgettext_lazy(
        "field label",
        # Translators: allauth (account/forms.py)
        "Login",
    ),
    gettext_noop(
        # Translators: allauth (account/forms.py)
        "Current Password",
    ),
    gettext_noop(
        # Translators: allauth (account/forms.py)
        "New Password",
    ),
    gettext_noop(
        # Translators: allauth (account/forms.py)
        "New Password (again)",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/account_inactive.html)
        "Account Inactive",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/base_reauthenticate.html)
        "Confirm Access",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/base_reauthenticate.html)
        "Please reauthenticate to safeguard your account.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email.html; templates/account/email_change.html)
        "Re-send Verification",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/account_already_exists_message.txt)
        "You are receiving this email because you or someone else tried to signup for an\naccount using email address:\n\n%(email)s\n\nHowever, an account using that email address already exists.  In case you have\nforgotten about this, please use the password forgotten procedure to recover\nyour account:\n\n%(password_reset_url)s",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/account_already_exists_subject.txt)
        "Account Already Exists",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/base_message.txt)
        "Hello from %(site_name)s!",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/base_message.txt)
        "Thank you for using %(site_name)s!\n%(site_domain)s",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/base_notification.txt)
        "You are receiving this mail because the following change was made to your account:",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/base_notification.txt)
        "If you do not recognize this change then please take proper security precautions immediately. The change to your account originates from:\n\n- IP address: %(ip)s\n- Browser: %(user_agent)s\n- Date: %(timestamp)s",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/email_changed_subject.txt)
        "Email Changed",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/email_confirm_message.txt)
        "Your email has been confirmed.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/email_confirm_subject.txt)
        "Email Confirmation",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/email_confirmation_message.txt)
        "You're receiving this email because user %(user_display)s has given your email address to register an account on %(site_domain)s.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/email_confirmation_message.txt)
        "To confirm this is correct, go to %(activate_url)s",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/email_confirmation_subject.txt)
        "Please Confirm Your Email Address",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/email_deleted_message.txt)
        "Email address %(deleted_email)s has been removed from your account.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/email_deleted_subject.txt)
        "Email Removed",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/password_changed_subject.txt)
        "Password Changed",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/password_reset_key_message.txt)
        "You're receiving this email because you or someone else has requested a password reset for your user account.\nIt can be safely ignored if you did not request a password reset. Click the link below to reset your password.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/password_reset_key_subject.txt)
        "Password Reset Email",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/password_reset_message.txt)
        "Your password has been reset.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/password_reset_subject.txt; templates/account/password_reset.html; templates/account/password_reset_done.html)
        "Password Reset",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/password_set_message.txt)
        "Your password has been set.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/password_set_subject.txt)
        "Password Set",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/unknown_account_message.txt)
        "You are receiving this email because you, or someone else, tried to access an account with email %(email)s. However, we do not have any record of such an account in our database.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/unknown_account_message.txt)
        "This mail can be safely ignored if you did not initiate this action.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/unknown_account_message.txt)
        "If it was you, you can sign up for an account using the link below.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email/unknown_account_subject.txt)
        "Unknown Account",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email_change.html)
        "Email Address",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email_change.html)
        "Your email address is still pending verification.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email_change.html)
        "Cancel Change",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email_change.html)
        "Change Email",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email_confirm.html)
        "Confirm Email Address",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email_confirm.html)
        'Please confirm that <a href="mailto:%(email)s">%(email)s</a> is an email address for user %(user_display)s.',
    ),
    gettext_noop(
        # Translators: allauth (templates/account/email_confirm.html)
        'This email confirmation link expired or is invalid. Please <a href="%(email_url)s">issue a new email confirmation request</a>.',
    ),
    gettext_noop(
        # Translators: allauth (templates/account/login.html)
        "Sign In",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/login.html)
        "If you have not created an account yet, then please %(link)ssign up%(end_link)s first.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/logout.html)
        "Are you sure you want to sign out?",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/messages/cannot_delete_primary_email.txt)
        "You cannot remove your primary email address (%(email)s).",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/messages/email_confirmation_sent.txt)
        "Confirmation email sent to %(email)s.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/messages/email_confirmed.txt)
        "You have confirmed %(email)s.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/messages/email_deleted.txt)
        "Removed email address %(email)s.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/messages/logged_out.txt)
        "You have signed out.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/messages/password_set.txt)
        "Password successfully set.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/messages/primary_email_set.txt)
        "Primary email address set.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/password_change.html; templates/account/password_reset_from_key.html; templates/account/password_reset_from_key_done.html)
        "Change Password",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/password_reset.html)
        "Forgotten your password? Enter your email address below, and we'll send you an email allowing you to reset it.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/password_reset.html)
        "Reset My Password",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/password_reset.html)
        "Please contact us if you have any trouble resetting your password.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/password_reset_done.html)
        "We have sent you an email. If you have not received it please check your spam folder. Otherwise contact us if you do not receive it in a few minutes.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/password_reset_from_key.html)
        "Bad Token",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/password_set.html)
        "Set Password",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/reauthenticate.html)
        "Enter your password:",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/signup.html)
        "Signup",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/signup.html)
        "Sign Up",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/signup.html)
        "Already have an account? Then please %(link)ssign in%(end_link)s.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/snippets/already_logged_in.html)
        "You are already logged in as %(user_display)s.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/snippets/warn_no_email.html)
        "You currently do not have any email address set up. You should really add an email address so you can receive notifications, reset your password, etc.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/verification_sent.html; templates/account/verified_email_required.html)
        "Verify Your Email Address",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/verification_sent.html)
        "We have sent an email to you for verification. Follow the link provided to finalize the signup process. If you do not see the verification email in your main inbox, check your spam folder. Please contact us if you do not receive the verification email within a few minutes.",
    ),
    gettext_noop(
        # Translators: allauth (templates/account/verified_email_required.html)
        "This part of the site requires us to verify that\nyou are who you claim to be. For this purpose, we require that you\nverify ownership of your email address. ",
    ),
]
