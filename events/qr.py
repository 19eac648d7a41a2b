"""QR codes of links (check-in at the door, certificate verification)."""

import segno


def qr_code(data: str) -> segno.QRCode:
    """A QR code with medium error correction.

    The mask is fixed: segno would otherwise score all eight masks, which is
    most of the cost of a code (about 40 ms, on every confirmation mail), and
    any mask reads equally well on a phone.
    """
    return segno.make(data, error="m", mask=4, micro=False)
