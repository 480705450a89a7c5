-- Tables the coding edits read, in the shape of the CMS files they are loaded from, with starter rows so the service
-- checks something out of the box. The starter rows were written by OpenRCM to illustrate each edit; they are not a
-- copy of the CMS files and are no substitute for loading the current quarter's NCCI tables (see README.md).

-- NCCI procedure-to-procedure edits (CMS PTP file: Column 1, Column 2, * = in existence prior to 1996, effective
-- date, deletion date, modifier indicator 0/1/9, PTP edit rationale).
CREATE TABLE ncci_ptp_edit (
    column1            VARCHAR(5)   NOT NULL,
    column2            VARCHAR(5)   NOT NULL,
    prior_to_1996      BOOLEAN      NOT NULL DEFAULT FALSE,
    effective_date     DATE         NOT NULL,
    deletion_date      DATE,
    modifier_indicator CHAR(1)      NOT NULL CHECK (modifier_indicator IN ('0', '1', '9')),
    rationale          VARCHAR(200) NOT NULL,
    source             VARCHAR(60)  NOT NULL,
    PRIMARY KEY (column1, column2, effective_date)
);
CREATE INDEX ncci_ptp_edit_column2 ON ncci_ptp_edit (column2);

-- Medically unlikely edits (CMS MUE file: HCPCS/CPT code, MUE value, MUE adjudication indicator, rationale).
-- Adjudication indicator 1 = per line; 2 and 3 = per day (date of service edit).
CREATE TABLE ncci_mue (
    code                   VARCHAR(5)   PRIMARY KEY,
    mue_value              INT          NOT NULL CHECK (mue_value >= 0),
    adjudication_indicator CHAR(1)      NOT NULL CHECK (adjudication_indicator IN ('1', '2', '3')),
    rationale              VARCHAR(200) NOT NULL,
    source                 VARCHAR(60)  NOT NULL
);

-- Add-on codes and their primaries (CMS add-on code file: add-on code, primary code, AOC edit type 1/2/3).
CREATE TABLE ncci_add_on (
    add_on_code  VARCHAR(5)  NOT NULL,
    primary_code VARCHAR(5)  NOT NULL,
    edit_type    CHAR(1)     NOT NULL CHECK (edit_type IN ('1', '2', '3')),
    source       VARCHAR(60) NOT NULL,
    PRIMARY KEY (add_on_code, primary_code)
);

-- ICD-10-CM Excludes1 notes as pairs of code prefixes: a code under code_a and one under code_b never go together.
CREATE TABLE icd_excludes1 (
    code_a VARCHAR(7)   NOT NULL,
    code_b VARCHAR(7)   NOT NULL,
    note   VARCHAR(200) NOT NULL,
    source VARCHAR(60)  NOT NULL,
    PRIMARY KEY (code_a, code_b)
);

-- Age and sex rules over ranges of diagnosis codes; a code matches when its first length(range_from) characters lie
-- in [range_from, range_to].
CREATE TABLE dx_age_sex_rule (
    id         VARCHAR(40)  PRIMARY KEY,
    range_from VARCHAR(7)   NOT NULL,
    range_to   VARCHAR(7)   NOT NULL,
    sex        CHAR(1)      CHECK (sex IN ('F', 'M')),
    min_age    INT,
    max_age    INT,
    severity   VARCHAR(10)  NOT NULL CHECK (severity IN ('ERROR', 'WARNING')),
    label      VARCHAR(200) NOT NULL
);

-- Diagnosis codes that may not be listed first.
CREATE TABLE dx_first_listed_rule (
    range_from VARCHAR(7)   NOT NULL,
    range_to   VARCHAR(7)   NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    PRIMARY KEY (range_from, range_to)
);

INSERT INTO ncci_ptp_edit (column1, column2, prior_to_1996, effective_date, deletion_date, modifier_indicator, rationale, source) VALUES
    ('80053', '80048', FALSE, DATE '2000-01-01', NULL, '0', 'Panel includes the component panel', 'starter'),
    ('80053', '82947', FALSE, DATE '2000-01-01', NULL, '0', 'Panel includes the component test', 'starter'),
    ('85025', '85027', FALSE, DATE '2000-01-01', NULL, '0', 'Mutually exclusive procedures', 'starter'),
    ('93000', '93005', FALSE, DATE '2000-01-01', NULL, '0', 'Comprehensive procedure includes the component', 'starter'),
    ('20610', '20605', FALSE, DATE '2000-01-01', NULL, '1', 'Misuse of column two code with column one code', 'starter'),
    ('20610', '99213', FALSE, DATE '2000-01-01', NULL, '1', 'Standards of medical / surgical practice', 'starter'),
    ('20610', '99214', FALSE, DATE '2000-01-01', NULL, '1', 'Standards of medical / surgical practice', 'starter'),
    ('20610', '36415', FALSE, DATE '2000-01-01', DATE '2001-12-31', '1', 'Deleted pair kept to show deletion dates', 'starter');

INSERT INTO ncci_mue (code, mue_value, adjudication_indicator, rationale, source) VALUES
    ('99213', 1, '2', 'Code descriptor / CPT instruction', 'starter'),
    ('99214', 1, '2', 'Code descriptor / CPT instruction', 'starter'),
    ('20610', 2, '2', 'Anatomic consideration', 'starter'),
    ('36415', 2, '3', 'Clinical: data', 'starter'),
    ('85025', 1, '2', 'Code descriptor / CPT instruction', 'starter'),
    ('80053', 1, '2', 'Code descriptor / CPT instruction', 'starter'),
    ('93000', 1, '1', 'Code descriptor / CPT instruction', 'starter'),
    ('90471', 1, '2', 'Code descriptor / CPT instruction', 'starter'),
    ('G0008', 1, '2', 'Code descriptor / CPT instruction', 'starter');

INSERT INTO ncci_add_on (add_on_code, primary_code, edit_type, source) VALUES
    ('90472', '90471', '1', 'starter'),
    ('90472', '90460', '1', 'starter'),
    ('90472', '90473', '1', 'starter');

INSERT INTO icd_excludes1 (code_a, code_b, note, source) VALUES
    ('E11', 'E10', 'Type 2 diabetes excludes type 1 diabetes', 'starter'),
    ('E11', 'O24', 'Type 2 diabetes excludes diabetes in pregnancy', 'starter'),
    ('F32', 'F33', 'Single episode depression excludes recurrent depressive disorder', 'starter'),
    ('F32', 'F31', 'Depressive episode excludes bipolar disorder', 'starter'),
    ('R51', 'G43', 'Headache excludes migraine', 'starter'),
    ('R51', 'G44', 'Headache excludes other headache syndromes', 'starter'),
    ('I10', 'O10', 'Essential hypertension excludes hypertension complicating pregnancy', 'starter'),
    ('R05', 'J45', 'Cough excludes cough variant asthma', 'starter');

INSERT INTO dx_age_sex_rule (id, range_from, range_to, sex, min_age, max_age, severity, label) VALUES
    ('DX-SEX-MATERNITY', 'O00', 'O9A', 'F', NULL, NULL, 'ERROR', 'pregnancy, childbirth and the puerperium'),
    ('DX-AGE-MATERNITY', 'O00', 'O9A', NULL, 12, 55, 'ERROR', 'pregnancy, childbirth and the puerperium'),
    ('DX-SEX-PREGNANCY-Z', 'Z33', 'Z3A', 'F', NULL, NULL, 'ERROR', 'pregnancy, supervision, delivery outcome and weeks of gestation'),
    ('DX-AGE-PREGNANCY-Z', 'Z33', 'Z3A', NULL, 12, 55, 'ERROR', 'pregnancy, supervision, delivery outcome and weeks of gestation'),
    ('DX-AGE-NEWBORN', 'P00', 'P96', NULL, 0, 0, 'ERROR', 'conditions originating in the perinatal period (newborn)'),
    ('DX-AGE-LIVEBORN', 'Z38', 'Z38', NULL, 0, 0, 'ERROR', 'liveborn infants by place of birth'),
    ('DX-AGE-CHILD-EXAM', 'Z001', 'Z001', NULL, 0, 17, 'ERROR', 'routine child health examination'),
    ('DX-AGE-ADULT-EXAM', 'Z000', 'Z000', NULL, 15, 124, 'WARNING', 'general adult medical examination'),
    ('DX-SEX-MALE-GENITAL', 'N40', 'N53', 'M', NULL, NULL, 'ERROR', 'diseases of male genital organs'),
    ('DX-SEX-MALE-NEOPLASM', 'C60', 'C63', 'M', NULL, NULL, 'ERROR', 'malignant neoplasms of male genital organs'),
    ('DX-SEX-FEMALE-GENITAL', 'N70', 'N98', 'F', NULL, NULL, 'ERROR', 'diseases of female pelvic and genital organs'),
    ('DX-SEX-FEMALE-NEOPLASM', 'C51', 'C58', 'F', NULL, NULL, 'ERROR', 'malignant neoplasms of female genital organs');

INSERT INTO dx_first_listed_rule (range_from, range_to, reason) VALUES
    ('V00', 'Y99', 'is an external cause code, reported after the injury or condition it explains'),
    ('B95', 'B97', 'identifies an infectious agent and is reported after the condition it caused'),
    ('D63', 'D63', 'is a manifestation code (anemia in chronic diseases classified elsewhere): code the underlying disease first'),
    ('F02', 'F02', 'is a manifestation code (dementia in other diseases classified elsewhere): code the underlying disease first'),
    ('G01', 'G02', 'is a manifestation code (meningitis in diseases classified elsewhere): code the underlying disease first'),
    ('G05', 'G05', 'is a manifestation code (encephalitis in diseases classified elsewhere): code the underlying disease first'),
    ('G13', 'G13', 'is a manifestation code (systemic atrophy in diseases classified elsewhere): code the underlying disease first'),
    ('G32', 'G32', 'is a manifestation code (degenerative disorders in diseases classified elsewhere): code the underlying disease first'),
    ('G46', 'G46', 'is a manifestation code (vascular syndromes of brain in cerebrovascular diseases): code the underlying disease first'),
    ('G63', 'G63', 'is a manifestation code (polyneuropathy in diseases classified elsewhere): code the underlying disease first'),
    ('G99', 'G99', 'is a manifestation code (disorders of nervous system in diseases classified elsewhere): code the underlying disease first'),
    ('H32', 'H32', 'is a manifestation code (chorioretinal disorders in diseases classified elsewhere): code the underlying disease first'),
    ('H36', 'H36', 'is a manifestation code (retinal disorders in diseases classified elsewhere): code the underlying disease first'),
    ('I32', 'I32', 'is a manifestation code (pericarditis in diseases classified elsewhere): code the underlying disease first'),
    ('I39', 'I39', 'is a manifestation code (endocarditis in diseases classified elsewhere): code the underlying disease first'),
    ('I41', 'I41', 'is a manifestation code (myocarditis in diseases classified elsewhere): code the underlying disease first'),
    ('I43', 'I43', 'is a manifestation code (cardiomyopathy in diseases classified elsewhere): code the underlying disease first'),
    ('J17', 'J17', 'is a manifestation code (pneumonia in diseases classified elsewhere): code the underlying disease first'),
    ('K67', 'K67', 'is a manifestation code (disorders of peritoneum in infectious diseases): code the underlying disease first'),
    ('L14', 'L14', 'is a manifestation code (bullous disorders in diseases classified elsewhere): code the underlying disease first'),
    ('M14', 'M14', 'is a manifestation code (arthropathies in other diseases classified elsewhere): code the underlying disease first'),
    ('M36', 'M36', 'is a manifestation code (systemic disorders of connective tissue in diseases classified elsewhere): code the underlying disease first'),
    ('N08', 'N08', 'is a manifestation code (glomerular disorders in diseases classified elsewhere): code the underlying disease first'),
    ('N16', 'N16', 'is a manifestation code (renal tubulo-interstitial disorders in diseases classified elsewhere): code the underlying disease first');

INSERT INTO coding_synonym (term, expansion, source) VALUES
    ('htn', 'essential primary hypertension', 'starter'),
    ('hypertension', 'essential primary hypertension', 'starter'),
    ('high blood pressure', 'essential primary hypertension', 'starter'),
    ('t2dm', 'type 2 diabetes mellitus', 'starter'),
    ('dm2', 'type 2 diabetes mellitus', 'starter'),
    ('niddm', 'type 2 diabetes mellitus', 'starter'),
    ('t1dm', 'type 1 diabetes mellitus', 'starter'),
    ('iddm', 'type 1 diabetes mellitus', 'starter'),
    ('dm', 'diabetes mellitus', 'starter'),
    ('w/o', 'without', 'starter'),
    ('w/', 'with', 'starter'),
    ('w', 'with', 'starter'),
    ('wo', 'without', 'starter'),
    ('uncomplicated', 'without complications', 'starter'),
    ('no complications', 'without complications', 'starter'),
    ('copd', 'chronic obstructive pulmonary disease', 'starter'),
    ('chf', 'heart failure', 'starter'),
    ('afib', 'atrial fibrillation', 'starter'),
    ('a-fib', 'atrial fibrillation', 'starter'),
    ('cad', 'atherosclerotic heart disease of native coronary artery', 'starter'),
    ('ckd', 'chronic kidney disease', 'starter'),
    ('gerd', 'gastro-esophageal reflux disease', 'starter'),
    ('uti', 'urinary tract infection', 'starter'),
    ('uri', 'acute upper respiratory infection', 'starter'),
    ('mdd', 'major depressive disorder', 'starter'),
    ('oa', 'osteoarthritis', 'starter'),
    ('lbp', 'low back pain', 'starter'),
    ('hld', 'hyperlipidemia', 'starter'),
    ('hypothyroid', 'hypothyroidism', 'starter'),
    ('sob', 'shortness of breath', 'starter'),
    ('ha', 'headache', 'starter'),
    ('covid', 'covid-19', 'starter'),
    ('unspec', 'unspecified', 'starter'),
    ('unsp', 'unspecified', 'starter'),
    ('r', 'right', 'starter'),
    ('l', 'left', 'starter'),
    ('rt', 'right', 'starter'),
    ('lt', 'left', 'starter'),
    ('bilat', 'bilateral', 'starter'),
    ('ac', 'acute', 'starter'),
    ('chr', 'chronic', 'starter'),
    ('dz', 'disease', 'starter'),
    ('fx', 'fracture', 'starter'),
    ('inf', 'infection', 'starter'),
    ('ekg', 'electrocardiogram ecg', 'starter'),
    ('ecg', 'electrocardiogram ecg', 'starter'),
    ('flu shot', 'influenza virus vaccine', 'starter'),
    ('flu vaccine', 'influenza virus vaccine', 'starter');

-- CPT codes the starter edit rows use, described by OpenRCM in plain words (never AMA text).
INSERT INTO code_entry (version_id, code, short_title, long_title, billable, effective_from, effective_to)
SELECT v.id, c.code, c.title, c.title, TRUE, NULL, NULL
FROM code_set_version v, (VALUES
    ('90472', 'Giving each additional vaccine of a visit by injection, add-on to the first (starter description written by OpenRCM, not AMA text)'),
    ('90460', 'Vaccine given with counselling to a patient up to 18 years, first component (starter description written by OpenRCM, not AMA text)'),
    ('80048', 'Blood chemistry panel, basic metabolic set of tests (starter description written by OpenRCM, not AMA text)'),
    ('82947', 'Glucose level in blood, quantitative (starter description written by OpenRCM, not AMA text)'),
    ('85027', 'Full blood count, automated, without differential (starter description written by OpenRCM, not AMA text)'),
    ('93005', 'Heart tracing (ECG) with at least 12 leads, tracing only (starter description written by OpenRCM, not AMA text)'),
    ('20605', 'Joint injection or fluid drawn from an intermediate joint such as wrist or elbow, no imaging guidance (starter description written by OpenRCM, not AMA text)')
) AS c (code, title)
WHERE v.system = 'CPT' AND v.starter;
