-- Demo clients: invented people with example.org addresses and phone numbers from the ranges
-- reserved for drama (UK 07700 900xxx). Loaded once, on the first start of a demo clinic only; the
-- application then gives each its chart number and fills the search columns, as for any new client.
INSERT INTO client (legal_first_name, legal_last_name, preferred_name, pronouns, date_of_birth, email, phone,
    city, country, emergency_name, emergency_relationship, emergency_phone,
    consent_email, consent_sms, consent_phone, consent_post, status, created_at, updated_at, version) VALUES
('Alexander', 'Demoulin', 'Alex', 'he/him', '1984-02-11', 'alex.demoulin@example.org', '07700 900101', 'Bristol', 'United Kingdom', 'Jordan Demoulin', 'Spouse', '07700 900102', TRUE, TRUE, FALSE, FALSE, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Jordan', 'Demoulin', NULL, 'she/her', '1986-07-23', 'jordan.demoulin@example.org', '07700 900102', 'Bristol', 'United Kingdom', 'Alex Demoulin', 'Spouse', '07700 900101', TRUE, FALSE, FALSE, FALSE, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Morgan', 'Fictional', NULL, 'they/them', '1991-11-05', 'morgan.fictional@example.org', '07700 900103', 'Bath', 'United Kingdom', 'Pat Fictional', 'Sibling', '07700 900104', TRUE, TRUE, TRUE, FALSE, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Samuel', 'Placeholder', 'Sam', 'he/him', '1979-03-30', 'sam.placeholder@example.org', '07700 900105', 'Cardiff', 'United Kingdom', NULL, NULL, NULL, FALSE, TRUE, FALSE, FALSE, 'WAITLIST', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Priya', 'Samplewood', NULL, 'she/her', '1993-09-14', 'priya.samplewood@example.org', '07700 900106', 'Bristol', 'United Kingdom', 'Dev Samplewood', 'Partner', '07700 900107', TRUE, FALSE, FALSE, FALSE, 'ENQUIRY', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Dev', 'Samplewood', NULL, 'he/him', '1990-01-19', 'dev.samplewood@example.org', '07700 900107', 'Bristol', 'United Kingdom', 'Priya Samplewood', 'Partner', '07700 900106', TRUE, TRUE, FALSE, FALSE, 'ENQUIRY', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Eleanor', 'Testbury', 'Nell', 'she/her', '1968-05-02', 'nell.testbury@example.org', '07700 900108', 'Gloucester', 'United Kingdom', NULL, NULL, NULL, FALSE, FALSE, TRUE, TRUE, 'DISCHARGED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Tomasz', 'Exemplarski', 'Tom', 'he/him', '1988-12-01', 'tom.exemplarski@example.org', '07700 900109', 'Swindon', 'United Kingdom', 'Ania Exemplarski', 'Spouse', '07700 900110', TRUE, TRUE, FALSE, FALSE, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Ania', 'Exemplarski', NULL, 'she/her', '1989-04-17', 'ania.exemplarski@example.org', '07700 900110', 'Swindon', 'United Kingdom', 'Tom Exemplarski', 'Spouse', '07700 900109', TRUE, FALSE, FALSE, FALSE, 'WAITLIST', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Chidi', 'Mockingham', NULL, 'he/him', '1995-08-08', 'chidi.mockingham@example.org', '07700 900111', 'Bath', 'United Kingdom', 'Ada Mockingham', 'Mother', '07700 900112', TRUE, TRUE, TRUE, FALSE, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Siobhán', 'Ó Demo', NULL, 'she/her', '1982-10-26', 'siobhan.odemo@example.org', '07700 900113', 'Bristol', 'United Kingdom', NULL, NULL, NULL, TRUE, FALSE, FALSE, FALSE, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0),
('Kai', 'Notreal', NULL, 'they/them', '2000-02-29', 'kai.notreal@example.org', '07700 900114', 'Cheltenham', 'United Kingdom', NULL, NULL, NULL, FALSE, TRUE, FALSE, FALSE, 'ENQUIRY', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0);
