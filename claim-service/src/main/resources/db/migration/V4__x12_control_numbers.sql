-- One name for the X12 control number sequence in every service (reimbursement-service has its own for its 999s).
-- Renamed, not recreated: its current value carries over, so no ISA13/GS06 already sent is given out again.
ALTER SEQUENCE interchange_control_number RENAME TO x12_control_number;
