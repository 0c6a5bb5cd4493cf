"""Several trust bundles of one issuer at once (certificate-qr.md): the latest bundle of every event,
`seq` compared event by event, and the keys of them all. A code is answered by the bundle of its own
event; a code of an event none of them lists is checked against the keys and answered with
`status_known: false`."""

from __future__ import annotations

from collections.abc import Iterable

from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates import qr as certqr
from innovact_desk.verify.verifier import Verifier, VerifyResult


class BundleSet:
    def __init__(self, bundles: Iterable[keystore.Bundle]) -> None:
        self.bundles = list(bundles)
        if not self.bundles:
            raise ValueError("BundleSet needs at least one bundle")
        self.keys = certqr.KeyRing()
        for bundle in self.bundles:
            for key in bundle.keys:
                self.keys.add(key.public_raw, key.valid_from, key.valid_to)
        self.by_event: dict[str, keystore.Bundle] = {}
        for bundle in self.bundles:
            for ref in bundle.events:
                held = self.by_event.get(ref)
                if held is None or bundle.seq > held.seq:
                    self.by_event[ref] = bundle

    def _latest(self) -> keystore.Bundle:
        return max(self.bundles, key=lambda b: (b.as_of, b.seq))

    def verifier_for(self, text: str) -> Verifier:
        """The verifier that answers this text: its event's bundle, with every bundle's keys."""
        raw = certqr.parse_qr_text(text)
        decoded = certqr.decode_payload(raw) if raw is not None else None
        if decoded is not None:
            bundle = self.by_event.get(decoded[0].event_ref.hex())
            if bundle is None:  # no bundle lists its event: the keys, and no status
                latest = self._latest()
                return Verifier(self.keys, lambda uid: 0, lambda uid: None, lambda r: bytes(r).hex(),
                                {"issuer": latest.issuer, "as_of": latest.as_of}, knows_event=lambda r: False)
            return Verifier.for_bundle(bundle, self.keys)
        uid = certqr.parse_human_code(text) if raw is None else None
        if uid is not None:
            h = keystore.uid_hash(uid)
            for bundle in sorted({id(b): b for b in self.by_event.values()}.values(), key=lambda b: -b.seq):
                if h in bundle.issued:
                    return Verifier.for_bundle(bundle, self.keys)
        return Verifier.for_bundle(self._latest(), self.keys)

    def check(self, text: str) -> VerifyResult:
        return self.verifier_for(text).check(text)
