"""The Reports tab: attendance per day and its breakdowns, attendance files."""
