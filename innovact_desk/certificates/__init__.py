"""Certificates: the attendance rule, the signed QR code, the issuer's keys, the texts, logos and signatures, the PDF."""
