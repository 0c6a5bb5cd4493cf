"""Certificate commands: certificates, revoke, bundle, key, trust, verify (shared/specs/cli.md)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from innovact_desk.certificates import keys as keystore
from innovact_desk.certificates import register
from innovact_desk.cli.common import EXIT_NEGATIVE, EXIT_OK, Output, checked_code, open_event, say
from innovact_desk.errors import UserError
from innovact_desk.records import LANGUAGES
from innovact_desk.verify import verifier as verification

PASSPHRASE_ENV = "INNOVACT_KEY_PASSPHRASE"


# ---- certificates ---------------------------------------------------------------------------------------


def _selected_ids(store, codes: list[str] | None) -> list[str] | None:
    if not codes:
        return None
    ids = []
    for code in map(checked_code, codes):
        person = store.participant_by_code(code)
        if person is None:
            raise UserError(f"--code {code}: no participant has this badge code")
        ids.append(person.id)
    return ids


def _status_data(row: register.CertStatus) -> dict:
    cert = row.certificate
    return {
        **row.participant.summary(), "status": row.status, "action": row.action, "reason": row.reason,
        "details": row.details, "changed": list(row.changed), "days": list(row.days),
        "certificate": cert.code if cert else None, "rev": cert.rev if cert else None,
    }


def _dry_run(store, args: argparse.Namespace, out: Output) -> int:
    ids = _selected_ids(store, args.code)
    rows = [r for r in register.certificate_status(store, relaxed=args.all) if ids is None or r.participant.id in ids]
    plan = register.plan_batch(store, participant_ids=ids, relaxed=args.all, new_only=args.new_only)
    data = {"participants": [_status_data(r) for r in rows], "issue": plan.count("issue"),
            "reissue": plan.count("reissue"), "reprint": plan.count("reprint"), "revoked": len(plan.revoked)}
    lines = [f"{r.participant.code}  {r.participant.name}  {r.status}"
             + (f" ({r.reason})" if r.reason else "") + (f"  {r.certificate.code}" if r.certificate else "")
             for r in rows]
    lines.append(say(f"nuevos {data['issue']}, reemitidos {data['reissue']}, reimpresos {data['reprint']}, "
                      f"revocados {data['revoked']}",
                      f"new {data['issue']}, reissued {data['reissue']}, reprinted {data['reprint']}, "
                      f"revoked {data['revoked']}"))
    out.result(data, lines)
    return EXIT_OK if plan.items else EXIT_NEGATIVE


def cmd_certificates(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.certificates.pdf import print_certificates, run_to_end

    with open_event(args.event) as store:
        if args.dry_run:
            return _dry_run(store, args, out)
        if args.out_dir:
            return _certificate_files(store, args, out)
        if args.zip or args.credentials:
            raise UserError("certificates.zip_without_out_dir" if args.zip else "certificates.credentials_without_out_dir")
        if not args.out:
            raise UserError("certificates.out_or_out_dir")
        ids = _selected_ids(store, args.code)
        result = run_to_end(print_certificates(store, args.out, participant_ids=ids, relaxed=args.all,
                                               new_only=args.new_only, lang=args.lang))
    data = result.to_dict()
    if not result.pages:
        out.result(data, say("Nadie a quien imprimir un certificado", "Nobody to print a certificate for")
                   + (say(f" (revocados: {result.revoked})", f" (revoked: {result.revoked})") if result.revoked else ""))
        return EXIT_NEGATIVE
    out.result(data, say(
        f"{result.pages} certificados en {result.file}: nuevos {result.issued}, reemitidos {result.reissued}, "
        f"reimpresos {result.reprinted}, revocados omitidos {result.revoked}",
        f"{result.pages} certificates in {result.file}: new {result.issued}, reissued {result.reissued}, "
        f"reprinted {result.reprinted}, revoked skipped {result.revoked}"))
    return EXIT_OK


def _certificate_files(store, args: argparse.Namespace, out: Output) -> int:
    """certificates --out-dir FOLDER [--zip FILE.zip] [--credentials]: one PDF (and .jwt) per certificate."""
    from innovact_desk.certificates.files import print_files
    from innovact_desk.certificates.pdf import run_to_end

    if args.out:
        raise UserError("certificates.out_or_out_dir")
    result = run_to_end(print_files(store, args.out_dir, zip_path=args.zip, credentials=args.credentials,
                                    participant_ids=_selected_ids(store, args.code), relaxed=args.all,
                                    new_only=args.new_only, lang=args.lang))
    data = result.to_dict()
    if not result.pages:
        out.result(data, say("Nadie a quien imprimir un certificado", "Nobody to print a certificate for"))
        return EXIT_NEGATIVE
    out.result(data, say(
        f"{result.pages} archivos en {result.folder}: nuevos {result.issued}, reemitidos {result.reissued}, "
        f"reimpresos {result.reprinted}, revocados omitidos {result.revoked}"
        + (f"; credenciales {len(result.credentials)}" if result.credentials else "")
        + (f"; ZIP {result.zip}" if result.zip else ""),
        f"{result.pages} files in {result.folder}: new {result.issued}, reissued {result.reissued}, "
        f"reprinted {result.reprinted}, revoked skipped {result.revoked}"
        + (f"; credentials {len(result.credentials)}" if result.credentials else "")
        + (f"; ZIP {result.zip}" if result.zip else "")))
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace, out: Output) -> int:
    if not args.reason or not args.reason.strip():
        raise UserError("revoke: give --reason TEXT")
    with open_event(args.event) as store:
        cert, newly = register.revoke(store, args.certificate, args.reason)
        person = store.participant(cert.participant_id)
    data = {"certificate": cert.code, "status": "revoked" if newly else "already_revoked", "rev": cert.rev,
            "participant": person.summary()}
    if newly:
        out.result(data, say(f"Revocado: {cert.code} ({cert.name})", f"Revoked: {cert.code} ({cert.name})"))
        return EXIT_OK
    out.result(data, say(f"{cert.code} ya estaba revocado", f"{cert.code} was already revoked"))
    return EXIT_NEGATIVE


# ---- keys and bundles -----------------------------------------------------------------------------------


def cmd_bundle(args: argparse.Namespace, out: Output) -> int:
    with open_event(args.event) as store:
        names = True if args.names else None
        export = verification.export_bundle(store, args.out, names=names)
    data = {"file": export.file, "seq": export.seq, "kids": export.kids, "fingerprints": export.fingerprints,
            "names": export.names}
    lines = [say(f"Paquete de confianza: {export.file} (seq {export.seq})",
                  f"Trust bundle: {export.file} (seq {export.seq})")]
    lines += [say(f"  clave {fp}", f"  key {fp}") for fp in export.fingerprints]
    out.result(data, lines)
    return EXIT_OK


def _passphrase(confirm: bool) -> str:
    """From $INNOVACT_KEY_PASSPHRASE, else asked on the terminal (twice when choosing one)."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not (sys.stdin and sys.stdin.isatty()):
        raise UserError(f"no passphrase: set {PASSPHRASE_ENV} or run this in a terminal")
    try:
        first = getpass.getpass(say("Frase de paso: ", "Passphrase: "))
        if confirm and getpass.getpass(say("Repita la frase de paso: ", "Repeat the passphrase: ")) != first:
            raise UserError("the two passphrases differ")
    except EOFError:
        raise UserError("no passphrase given") from None
    return first


def cmd_key(args: argparse.Namespace, out: Output) -> int:
    if sum(map(bool, (args.export, args.import_file, args.endorse))) != 1:
        raise UserError("key: give --export FILE, --import FILE or --endorse FILE")
    with open_event(args.event) as store:
        if args.endorse:
            needs = b"PUBLIC KEY" not in Path(args.endorse).read_bytes()[:4096] if Path(args.endorse).is_file() else False
            kid, fingerprint = register.endorse_key(store, args.endorse, _passphrase(confirm=False) if needs else None)
            out.result({"kid": kid, "fingerprint": fingerprint},
                       say(f"Clave {kid} respaldada por una clave del evento ({fingerprint}); sincronice las mesas",
                           f"Key {kid} endorsed by one of the event's keys ({fingerprint}); sync the desks"))
            return EXIT_OK
        if args.export:
            if Path(args.export).exists():
                raise UserError(f"{args.export}: already exists; choose another file name")
            kid = register.export_signing_key(store, args.export, _passphrase(confirm=True))
            out.result({"kid": kid, "file": str(args.export)},
                       say(f"Clave {kid} exportada a {args.export}", f"Key {kid} exported to {args.export}"))
        else:
            kid = register.import_signing_key(store, args.import_file, _passphrase(confirm=False))
            out.result({"kid": kid}, say(f"Clave {kid} importada: este equipo ya puede emitir certificados",
                                          f"Key {kid} imported: this desk can now issue certificates"))
    return EXIT_OK


def _ask(question: str) -> bool | None:
    """y/N on standard input; None when there is no answer to read."""
    print(question, end=" ", file=sys.stderr, flush=True)
    try:
        line = sys.stdin.readline() if sys.stdin else ""
    except (OSError, ValueError):
        line = ""
    if not line:
        print(file=sys.stderr)
        return None
    return line.strip().casefold() in ("y", "yes", "s", "si", "sí")


def cmd_trust(args: argparse.Namespace, out: Output) -> int:
    bundle = keystore.peek_bundle(args.file)
    data = {"issuer": bundle.issuer, "fingerprints": bundle.fingerprints}
    if not args.yes and bundle.signer_fingerprint not in keystore.trusted_fingerprints():
        print(say(f"Emisor: {bundle.issuer}", f"Issuer: {bundle.issuer}"), file=sys.stderr)
        for fp in bundle.fingerprints:
            print(say(f"  clave {fp}", f"  key {fp}"), file=sys.stderr)
        answer = _ask(say("¿Confiar en estas claves? [s/N]", "Trust these keys? [y/N]"))
        if answer is None:
            raise UserError(f"{args.file}: no answer to read; run `trust {args.file} --yes` to trust without asking")
        if not answer:
            out.result({**data, "trusted": False}, say("No se añadió nada", "Nothing was added"))
            return EXIT_NEGATIVE
    issuer, fingerprints = keystore.trust_bundle(args.file)
    out.result({"issuer": issuer, "fingerprints": fingerprints, "trusted": True},
               [say(f"Confiable: {issuer}", f"Trusted: {issuer}")] + [f"  {fp}" for fp in fingerprints])
    return EXIT_OK


# ---- verify ---------------------------------------------------------------------------------------------

_VERDICT_WORDS = {
    "valid": ("VÁLIDO", "VALID"), "superseded": ("REEMPLAZADO por una versión corregida", "SUPERSEDED by a corrected one"),
    "revoked": ("REVOCADO", "REVOKED"), "unknown_key": ("CLAVE DESCONOCIDA", "UNKNOWN KEY"),
    "tampered": ("ALTERADO: la firma no corresponde", "TAMPERED: the signature does not match"),
    "unreadable": ("ILEGIBLE", "UNREADABLE"), "issued": ("EMITIDO", "ISSUED"),
    "not_issued": ("NO EMITIDO", "NOT ISSUED"),
}


def _input_text(value: str) -> tuple[str | None, str]:
    """(text to verify or None when a file holds no certificate QR, what was read)."""
    from innovact_desk.certificates.pdf import scan_file

    if value == "-":
        line = sys.stdin.readline() if sys.stdin else ""
        return line.strip(), "stdin"
    path = Path(value)
    try:  # a scanned text longer than a file name can be is text, never "File name too long"
        is_file, exists = path.is_file(), path.exists()
    except OSError:
        is_file = exists = False
    if is_file:
        return scan_file(path), str(path)
    if exists:
        raise UserError(f"{value}: not a file")
    return value, "text"


def _verdict_lines(data: dict) -> list[str]:
    words = _VERDICT_WORDS.get(data["verdict"], (data["verdict"], data["verdict"]))
    if data["verdict"] == "valid" and data.get("status_known") is False:
        words = ("FIRMA AUTÉNTICA; estado de este evento no disponible",
                 "GENUINE SIGNATURE; this event's status is not available")
    lines = [say(*words)]
    if "name" in data:
        lines.append(data["name"])
    if "event" in data:
        lines.append(data["event"])
    if "days" in data:
        days = ", ".join(map(str, data["days"]))
        lines.append(say(f"días {days} · {data['role']} · emitido {data['issued']}",
                          f"days {days} · {data['role']} · issued {data['issued']}"))
    if "code" in data:
        lines.append(say(f"código {data['code']}", f"code {data['code']}")
                     + (f" (rev {data['rev']})" if data.get("rev") is not None else ""))
    if "kid" in data and "name" not in data:
        lines.append(say(f"clave {data['kid']}", f"key {data['kid']}"))
    if "detail" in data:
        lines.append(data["detail"])
    return lines


def cmd_verify(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.verify.bundles import BundleSet

    if bool(args.event) == bool(args.bundle):
        raise UserError("verify: give --event EVENT or --bundle FILE")
    if args.trust and not args.bundle:
        raise UserError("verify: --trust goes with --bundle")
    bundles = [keystore.open_bundle(b, extra_fingerprints=args.trust or []) for b in args.bundle or []]
    path = Path(args.input)
    if args.input != "-" and path.is_file():
        from innovact_desk.verify.scan import certificate_texts

        texts = certificate_texts(path)  # every certificate in the file, not only the first
        if not texts:
            texts = [_input_text(args.input)[0]]
    else:
        texts = [_input_text(args.input)[0]]
    if texts == [None]:
        data = {"verdict": "unreadable", "detail": say(f"{args.input}: no se encontró un código QR de certificado",
                                                        f"{args.input}: no certificate QR code found")}
        out.result(data, _verdict_lines(data))
        return EXIT_NEGATIVE
    if bundles:
        checker = BundleSet(bundles)
        results = [checker.check(text) for text in texts]
    else:
        with open_event(args.event) as store:
            verifier = verification.Verifier.for_event(store)
            results = [verifier.check(text) for text in texts]
    if len(results) == 1:
        out.result(results[0].data, _verdict_lines(results[0].data))
    else:  # a PDF of several certificates: the first one's fields, and every one in `certificates`
        data = {**results[0].data, "certificates": [r.data for r in results], "count": len(results),
                "all_ok": all(r.ok for r in results)}
        lines = [say(f"{len(results)} certificados en {args.input}", f"{len(results)} certificates in {args.input}")]
        for i, r in enumerate(results, 1):
            lines += [""] + [f"{i}. {line}" if n == 0 else f"   {line}" for n, line in enumerate(_verdict_lines(r.data))]
        out.result(data, lines)
    return EXIT_OK if all(r.ok for r in results) else EXIT_NEGATIVE


def cmd_publish(args: argparse.Namespace, out: Output) -> int:
    from innovact_desk.verify.publish import publish

    result = publish(args.events, args.out)
    data = {"folder": result.folder, "kept": result.kept, "fingerprints": result.fingerprints,
            "events": [{"ref": e.ref, "title": e.title, "seq": e.seq, "verify_url": e.verify_url, "file": e.file}
                       for e in result.events]}
    lines = [say(f"Página de verificación en {result.folder}", f"Verifier page in {result.folder}")]
    for e in result.events:
        lines.append(f"  {e.ref}  {e.title}  (seq {e.seq})")
        if e.verify_url:
            lines.append(say(f"    publique el contenido de la carpeta en {e.verify_url} (la dirección de sus certificados)",
                             f"    put the folder's contents at {e.verify_url} (the address on its certificates)"))
        else:
            lines.append(say("    este evento no tiene dirección de verificación: sus QR no abren la página "
                             "(init --verify-url o Configuración, antes de imprimir)",
                             "    this event has no verification address: its QR codes do not open the page "
                             "(init --verify-url or the settings, before printing)"))
    if result.kept:
        lines.append(say(f"  se mantienen: {', '.join(result.kept)}", f"  kept: {', '.join(result.kept)}"))
    out.result(data, lines)
    return EXIT_OK


# ---- the parser -----------------------------------------------------------------------------------------


def add_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = command("certificates", "print certificates (one PDF): new, reissued after corrections, reprinted")
    p.add_argument("event")
    p.add_argument("--out")
    p.add_argument("--lang", choices=LANGUAGES)
    p.add_argument("--all", action="store_true", help="everyone checked in at least once")
    p.add_argument("--code", action="append", help="badge code (repeat for several)")
    p.add_argument("--new-only", action="store_true", help="leave out reprints")
    p.add_argument("--dry-run", action="store_true", help="list who would get what; print nothing")
    p.add_argument("--out-dir", help="one PDF per certificate in this folder ('Apellidos Nombres - CODE.pdf')")
    p.add_argument("--zip", help="with --out-dir: also one ZIP file of them all")
    p.add_argument("--credentials", action="store_true",
                   help="with --out-dir: an Open Badges 3.0 credential (.jwt) beside each PDF")
    p = command("revoke", "revoke an issued certificate")
    p.add_argument("event")
    p.add_argument("--certificate", required=True, help="the code printed under the QR")
    p.add_argument("--reason", required=True)
    p = command("bundle", "export the signed trust bundle for verifiers")
    p.add_argument("event")
    p.add_argument("--out", required=True)
    p.add_argument("--names", action="store_true", help="include the holders' names (organizers' consent)")
    p = command("key", "move the issuer's signing key to another desk (passphrase-protected)")
    p.add_argument("event")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--export")
    which.add_argument("--import", dest="import_file")
    which.add_argument("--endorse", help="a new key (PEM public key, or an export) to sign as one of the event's")
    p = command("trust", "trust a bundle's keys on this machine")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true")
    p = command("verify", "verify a certificate: a scanned text, a typed code, or a PNG/JPEG/PDF file")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--event")
    source.add_argument("--bundle", action="append", help="a trust bundle (repeat for several events of one issuer)")
    p.add_argument("--trust", action="append", help="a trusted key's full fingerprint (64 hex digits)")
    p.add_argument("input", help="a file, the scanned text, a typed code, or - for a line of standard input")
    p = command("publish", "write (or update) the verifier page's static site for these events")
    p.add_argument("events", nargs="+", metavar="EVENT")
    p.add_argument("--out", required=True, help="the site's folder (put its contents at the verification address)")


COMMANDS = {"certificates": cmd_certificates, "revoke": cmd_revoke, "bundle": cmd_bundle, "key": cmd_key,
            "trust": cmd_trust, "verify": cmd_verify, "publish": cmd_publish}
