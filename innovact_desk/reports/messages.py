"""Words for the reports' message keys (see innovact_desk.messages): (English, Spanish)."""

MESSAGES = {
    "reports.attendance_kind": ("{path}: attendance is exported as .csv, .xlsx or .pdf (a sign-in sheet per day)",
                                "{path}: la asistencia se exporta como .csv, .xlsx o .pdf (una hoja de firmas por día)"),
    "reports.report_kind": ("{path}: the report is written as .xlsx or .csv", "{path}: el reporte se escribe como .xlsx o .csv"),
    "reports.no_folder": ("{path}: no such folder", "{path}: no existe esa carpeta"),
}
