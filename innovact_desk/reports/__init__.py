"""Attendance reports for the funder (breakdowns) and attendance files (CSV, XLSX, PDF)."""
