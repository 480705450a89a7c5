-- ISA13 and GS06 of the 999s this service writes: unique across instances and restarts, nine digits at most
-- (ISA13), so the sequence cycles after 999999999. Before this, they were taken from the clock.
CREATE SEQUENCE x12_control_number MINVALUE 1 MAXVALUE 999999999 START 1 CYCLE;
