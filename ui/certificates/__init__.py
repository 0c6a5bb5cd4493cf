"""The Certificates tab: everyone's certificate status, printing, and the texts, logos and signatures dialog."""
