-- Starting reference data: four payers, three providers, and the default fee schedule. Replace any of it over REST
-- (PUT /payers/{payerId}, PUT /providers/{npi}, PUT /fee-schedules/{npi|default}).

INSERT INTO payer (payer_id, name, claim_filing_indicator, timely_filing_days, updated_at) VALUES
    ('BCBS-IL',     'Blue Cross and Blue Shield of Illinois', 'BL', 180, now()),
    ('AETNA',       'Aetna',                                  'CI', 120, now()),
    ('MEDICARE-IL', 'Medicare Part B (Illinois)',             'MB', 365, now()),
    ('UHC',         'UnitedHealthcare',                       'CI',  90, now());

INSERT INTO provider (npi, name, tax_id, taxonomy_code, address_line1, address_line2, city, state, postal_code,
                      updated_at) VALUES
    ('1234567893', 'Lakeside Family Medicine',   '361234567', '207Q00000X', '100 N Lake Shore Dr', 'Suite 400',
     'Chicago', 'IL', '60601', now()),
    ('1245319599', 'Ada Example, MD',            '361234567', '207Q00000X', '100 N Lake Shore Dr', 'Suite 400',
     'Chicago', 'IL', '60601', now()),
    ('1679576722', 'Prairie Internal Medicine',  '371112222', '207R00000X', '2200 W Main St', NULL,
     'Springfield', 'IL', '62704', now());

INSERT INTO fee_schedule_row (billing_provider_npi, code, modifier, effective_from, effective_to, charge) VALUES
    (NULL, '99202', NULL, DATE '2020-01-01', NULL,  95.00),
    (NULL, '99203', NULL, DATE '2020-01-01', NULL, 145.00),
    (NULL, '99212', NULL, DATE '2020-01-01', NULL,  75.00),
    (NULL, '99213', NULL, DATE '2020-01-01', NULL, 135.00),
    (NULL, '99214', NULL, DATE '2020-01-01', NULL, 190.00),
    (NULL, '99215', NULL, DATE '2020-01-01', NULL, 255.00),
    (NULL, '36415', NULL, DATE '2020-01-01', NULL,  12.00),
    (NULL, '80053', NULL, DATE '2020-01-01', NULL,  38.00),
    (NULL, '85025', NULL, DATE '2020-01-01', NULL,  22.00),
    (NULL, '93000', NULL, DATE '2020-01-01', NULL,  45.00),
    (NULL, '71046', NULL, DATE '2020-01-01', NULL,  62.00),
    (NULL, '81002', NULL, DATE '2020-01-01', NULL,   8.00),
    (NULL, '90471', NULL, DATE '2020-01-01', NULL,  28.00),
    (NULL, '90686', NULL, DATE '2020-01-01', NULL,  42.00),
    (NULL, '20610', NULL, DATE '2020-01-01', NULL, 115.00),
    (NULL, 'G0008', NULL, DATE '2020-01-01', NULL,  25.00),
    (NULL, 'G0009', NULL, DATE '2020-01-01', NULL,  30.00),
    (NULL, 'J1100', NULL, DATE '2020-01-01', NULL,   6.00),
    (NULL, 'J3301', NULL, DATE '2020-01-01', NULL,  14.00),
    (NULL, 'A4253', NULL, DATE '2020-01-01', NULL,  55.00);
