-- Issue 12: an X12 remittance is now kept under our payer id, resolved from its TRN03/N1*PR/REF*2U (V12_2), where it
-- was kept under TRN03 before. Re-key those already taken whose TRN03 is a known identifier, so that a payer resending
-- such a file is still answered with the remittance it posted (natural key: payer and trace number), never a second
-- posting. One that would collide with a remittance already under that payer and trace number keeps its old key.
UPDATE remittance r SET payer_id = i.payer_id
  FROM payer_edi_identifier i
 WHERE r.source = 'X12' AND i.qualifier = 'TRN03' AND i.identifier = r.payer_id
   AND NOT EXISTS (SELECT 1 FROM remittance o WHERE o.payer_id = i.payer_id AND o.trace_number = r.trace_number);
