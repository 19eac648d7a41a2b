"""factory_boy factories for the test suite."""

import factory
from allauth.account.models import EmailAddress

from portal.models import Organisation, User


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Test Municipality {n}")
    kind = Organisation.Kind.MUNICIPALITY
    country = "BG"
    region = "Sofia"
    population = 12000
    status = Organisation.Status.CONFIRMED


class UserFactory(factory.django.DjangoModelFactory):
    """A member with a verified email address, able to log in with PASSWORD."""

    PASSWORD = "correct-horse-battery"

    class Meta:
        model = User
        skip_postgeneration_save = True
        # PASSWORD is a constant for tests, not a model field.
        exclude = ("PASSWORD",)

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.Sequence(lambda n: f"member{n}@example.net")
    full_name = factory.Sequence(lambda n: f"Member Number {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    role = User.Role.SECRETARY
    country = "BG"

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or UserFactory.PASSWORD)
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
