-- Territory (regions, departments, communes, postal codes, arrondissements) and the bénévolat taxonomy
-- (JeVeuxAider domains and activities, API Engagement domains and activities).
-- Reference data only: nothing here is edited by people, so no version columns.
-- The territory rows are loaded by the Java migration 1.1 (fr.engagement.territory.control.TerritoryDataMigration)
-- from the CSV files under /territory/ on the classpath; the taxonomy rows are small enough to be written below.
-- Every table states its charset and collation: utf8mb4_unicode_ci makes name comparisons accent- and
-- case-insensitive ('saint-etienne' finds 'Saint-Étienne'), which the commune autocomplete relies on.

CREATE TABLE region (
  code VARCHAR(3) NOT NULL,
  name VARCHAR(100) NOT NULL,
  CONSTRAINT pk_region PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE department (
  code VARCHAR(3) NOT NULL,
  name VARCHAR(100) NOT NULL,
  region_code VARCHAR(3) NOT NULL,
  CONSTRAINT pk_department PRIMARY KEY (code),
  CONSTRAINT fk_department_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Paris, Lyon and Marseille are one commune each (75056, 69123, 13055) carrying all their districts' postal codes,
-- so 75011 resolves to Paris like any other postal code. Their arrondissements are kept apart (table arrondissement)
-- as extra points and aliases: geocoders give an arrondissement's code (75111) or name ("Marseille 8e
-- Arrondissement"), and a Marseille or Lyon district has a better point than the city centre.
-- latitude/longitude are NULL for the 6 communes without a point (French Southern Lands, Clipperton).
CREATE TABLE commune (
  insee_code VARCHAR(5) NOT NULL,
  name VARCHAR(100) NOT NULL,
  department_code VARCHAR(3) NOT NULL,
  region_code VARCHAR(3) NOT NULL,
  population INT NULL,
  latitude DOUBLE NULL,
  longitude DOUBLE NULL,
  CONSTRAINT pk_commune PRIMARY KEY (insee_code),
  CONSTRAINT fk_commune_department FOREIGN KEY (department_code) REFERENCES department (code),
  CONSTRAINT fk_commune_region FOREIGN KEY (region_code) REFERENCES region (code),
  INDEX idx_commune_department (department_code),
  -- geo search: a latitude range on the index, the longitude range checked inside it
  INDEX idx_commune_lat_lon (latitude, longitude),
  -- autocomplete by name prefix
  INDEX idx_commune_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A postal code may serve several communes (up to 46) and a commune may have several postal codes (up to 21);
-- 16 postal codes span two departments, and Corsica's 20xxx are in 2A or 2B: always resolve through this table.
-- The primary key (postal_code first) serves both the exact lookup and the prefix search of the autocomplete.
CREATE TABLE commune_postal_code (
  postal_code VARCHAR(5) NOT NULL,
  insee_code VARCHAR(5) NOT NULL,
  CONSTRAINT pk_commune_postal_code PRIMARY KEY (postal_code, insee_code),
  CONSTRAINT fk_commune_postal_code_commune FOREIGN KEY (insee_code) REFERENCES commune (insee_code),
  INDEX idx_commune_postal_code_insee (insee_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The 45 municipal arrondissements of Paris, Lyon and Marseille: not communes, never returned as such; each points
-- to its commune. Paris districts have the Paris point (the source has no better one).
CREATE TABLE arrondissement (
  insee_code VARCHAR(5) NOT NULL,
  name VARCHAR(100) NOT NULL,
  commune_insee_code VARCHAR(5) NOT NULL,
  population INT NULL,
  latitude DOUBLE NULL,
  longitude DOUBLE NULL,
  CONSTRAINT pk_arrondissement PRIMARY KEY (insee_code),
  CONSTRAINT fk_arrondissement_commune FOREIGN KEY (commune_insee_code) REFERENCES commune (insee_code),
  INDEX idx_arrondissement_commune (commune_insee_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Paris 16e has two postal codes (75016, 75116), hence a table rather than a column.
CREATE TABLE arrondissement_postal_code (
  postal_code VARCHAR(5) NOT NULL,
  insee_code VARCHAR(5) NOT NULL,
  CONSTRAINT pk_arrondissement_postal_code PRIMARY KEY (postal_code, insee_code),
  CONSTRAINT fk_arrondissement_postal_code_arrondissement FOREIGN KEY (insee_code) REFERENCES arrondissement (insee_code),
  INDEX idx_arrondissement_postal_code_insee (insee_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- API Engagement's mission domains (api/src/constants/domains.ts, labels from DOMAIN_LABELS): the slug is what the
-- partner API sends and receives. The peer's label for vivre-ensemble is "Mémoire et citoyenneté", the same as
-- memoire-et-citoyennete's; it is told apart here so that a list of domains never shows the same label twice.
CREATE TABLE partner_domain (
  slug VARCHAR(64) NOT NULL,
  label VARCHAR(100) NOT NULL,
  CONSTRAINT pk_partner_domain PRIMARY KEY (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- API Engagement's activity whitelist (api/src/constants/activity.ts). The peer stores and returns the label, so the
-- labels are kept exactly, typos included ("Evenementiel"); two slugs share "Prévention, Sensibilisation".
CREATE TABLE partner_activity (
  slug VARCHAR(64) NOT NULL,
  label VARCHAR(100) NOT NULL,
  CONSTRAINT pk_partner_activity PRIMARY KEY (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- JeVeuxAider's "domaines d'action", ids kept so that imported JVA data and links keep their meaning.
-- partner_slug is the API Engagement domain a mission of this domain is published under.
-- Inactive domains (5, covid-19) stay for the missions that reference them but are offered nowhere.
CREATE TABLE domain (
  id INT NOT NULL,
  name VARCHAR(100) NOT NULL,
  slug VARCHAR(100) NOT NULL,
  partner_slug VARCHAR(64) NOT NULL,
  colour CHAR(7) NOT NULL,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT pk_domain PRIMARY KEY (id),
  CONSTRAINT uk_domain_slug UNIQUE (slug),
  CONSTRAINT fk_domain_partner_domain FOREIGN KEY (partner_slug) REFERENCES partner_domain (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- JeVeuxAider's 38 activities (ids 9, 13 and 25 do not exist there either).
-- partner_slug is the API Engagement activity (config/taxonomies.php api_engagement_activities).
CREATE TABLE activity (
  id INT NOT NULL,
  name VARCHAR(100) NOT NULL,
  slug VARCHAR(100) NOT NULL,
  partner_slug VARCHAR(64) NOT NULL,
  CONSTRAINT pk_activity PRIMARY KEY (id),
  CONSTRAINT uk_activity_slug UNIQUE (slug),
  CONSTRAINT fk_activity_partner_activity FOREIGN KEY (partner_slug) REFERENCES partner_activity (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity_domain (
  activity_id INT NOT NULL,
  domain_id INT NOT NULL,
  CONSTRAINT pk_activity_domain PRIMARY KEY (activity_id, domain_id),
  CONSTRAINT fk_activity_domain_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
  CONSTRAINT fk_activity_domain_domain FOREIGN KEY (domain_id) REFERENCES domain (id),
  -- activities of a domain
  INDEX idx_activity_domain_domain (domain_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO partner_domain (slug, label) VALUES
  ('animaux', 'Animaux'),
  ('autre', 'Interventions d''urgence en cas de crise'),
  ('batiment-industrie-logistique', 'Bâtiment, Industrie, Logistique'),
  ('benevolat-competences', 'Bénévolat de compétences'),
  ('communication', 'Communication'),
  ('culture-loisirs', 'Culture et loisirs'),
  ('education', 'Éducation pour tous'),
  ('emploi', 'Emploi'),
  ('environnement', 'Environnement'),
  ('gestion-finance-droit', 'Gestion, commerce, finance, droit et services'),
  ('humanitaire', 'Développement international et aide humanitaire'),
  ('memoire-et-citoyennete', 'Mémoire et citoyenneté'),
  ('numerique', 'Numérique'),
  ('prevention-protection', 'Prévention et protection'),
  ('recherche', 'Recherche'),
  ('sante', 'Santé'),
  ('service-public-defense-securite', 'Service public, défense et sécurité'),
  ('sport', 'Sport'),
  ('solidarite-insertion', 'Solidarité'),
  ('vivre-ensemble', 'Mémoire et citoyenneté (vivre ensemble)');

INSERT INTO partner_activity (slug, label) VALUES
  ('accueil-de-public', 'Accueil de public'),
  ('activites-manuelles', 'Activités manuelles'),
  ('aide-psychologique', 'Aide psychologique'),
  ('animation-valorisation', 'Animation, Valorisation'),
  ('collecte-de-produits', 'Collecte de produits'),
  ('comptabilite-finance', 'Comptabilité finance'),
  ('documentation-traduction', 'Documentation traduction'),
  ('ecoute-permanence', 'Écoute permanence'),
  ('encadrement-d-equipes', 'Encadrement d''équipes'),
  ('enseignement-formation', 'Enseignement formation'),
  ('evenementiel', 'Evenementiel'),
  ('gestion-de-projets', 'Gestion de projets'),
  ('gestion-recherche-des-partenariats', 'Gestion recherche des partenariats'),
  ('lutte-contre-isolement', 'Lutte contre l''isolement'),
  ('mediation-information', 'Médiation, Information'),
  ('mentorat-parrainage', 'Mentorat parrainage'),
  ('mission-internationale', 'Mission internationale'),
  ('preservation-patrimoine', 'Préservation, Patrimoine'),
  ('prevention-sensibilisation', 'Prévention, Sensibilisation'),
  ('ramassage-dechets', 'Ramassage de déchets'),
  ('responsabilites-associatives', 'Responsabilités associatives'),
  ('sante-soins', 'Santé soins'),
  ('secours-aide', 'Secours, Aide'),
  ('sensibilisation', 'Prévention, Sensibilisation'),
  ('soins-animaux', 'Soins aux animaux'),
  ('soutien-accompagnement', 'Soutien, Accompagnement'),
  ('soutien-scolaire', 'Soutien scolaire'),
  ('taches-administratives', 'Tâches administratives'),
  ('transmission-pedagogie', 'Transmission, Pédagogie'),
  ('vie-citoyenne', 'Vie citoyenne'),
  ('alphabetisation', 'Alphabétisation'),
  ('animation', 'Animation'),
  ('art', 'Art'),
  ('autre', 'Autre'),
  ('bricolage', 'Bricolage'),
  ('collecte', 'Collecte'),
  ('communication', 'Communication'),
  ('conseil', 'Conseil'),
  ('distribution', 'Distribution'),
  ('informatique', 'Informatique'),
  ('jardinage', 'Jardinage'),
  ('juridique', 'Juridique'),
  ('logistique', 'Logistique'),
  ('recrutement', 'Recrutement'),
  ('secourisme', 'Secourisme'),
  ('sport', 'Sport'),
  ('visites', 'Visites'),
  ('operations-militaires', 'Opérations militaires'),
  ('sciences-humaines-social', 'Sciences humaines et social'),
  ('restauration-hotellerie', 'Restauration, hôtellerie'),
  ('maintenance-technique', 'Maintenance technique'),
  ('gestion-ressources-humaines', 'Gestion des ressources humaines'),
  ('gestion-entretien-patrimoine', 'Gestion et entretien du patrimoine');

-- Sources: jeveuxaider-front assets/domaines.json (names), jeveuxaider-back config/taxonomies.php (API Engagement
-- domain; id 8 says "mémoire et citoyenneté", which is no slug: memoire-et-citoyennete is meant) and the mail
-- template mission/domaine.blade.php (colours). Slugs are JVA's, made from the name (/domaines-action/{slug}).
INSERT INTO domain (id, name, slug, partner_slug, colour, active) VALUES
  (1, 'Santé pour tous', 'sante-pour-tous', 'sante', '#0063CB', TRUE),
  (2, 'Prévention et protection', 'prevention-et-protection', 'prevention-protection', '#03D3AB', TRUE),
  (3, 'Art et culture pour tous', 'art-et-culture-pour-tous', 'culture-loisirs', '#C3992A', TRUE),
  (4, 'Sport pour tous', 'sport-pour-tous', 'sport', '#F9702B', TRUE),
  (5, 'Mobilisation covid-19', 'mobilisation-covid-19', 'sante', '#03A9F4', FALSE),
  (6, 'Coopération internationale', 'cooperation-internationale', 'vivre-ensemble', '#5B8397', TRUE),
  (7, 'Solidarité et insertion', 'solidarite-et-insertion', 'solidarite-insertion', '#FC5554', TRUE),
  (8, 'Mémoire et citoyenneté', 'memoire-et-citoyennete', 'memoire-et-citoyennete', '#000091', TRUE),
  (9, 'Éducation pour tous', 'education-pour-tous', 'education', '#D47A65', TRUE),
  (10, 'Protection de la nature', 'protection-de-la-nature', 'environnement', '#1FAB8D', TRUE),
  (11, 'Bénévolat de compétences', 'benevolat-de-competences', 'benevolat-competences', '#006A6F', TRUE);

-- Sources: jeveuxaider-front assets/activities.json (id, name, slug, domains), jeveuxaider-back
-- config/taxonomies.php api_engagement_activities (partner slug).
INSERT INTO activity (id, name, slug, partner_slug) VALUES
  (1, 'Maraude', 'maraude', 'collecte'),
  (2, 'Médical', 'medical', 'sante-soins'),
  (3, 'Aide aux démarches administratives', 'aide-aux-demarches-administratives', 'taches-administratives'),
  (4, 'Alphabétisation / Apprentissage du français (FLE)', 'alphabetisation-apprentissage-du-francais-fle', 'alphabetisation'),
  (5, 'Aménagement d''espaces naturels', 'amenagement-despaces-naturels', 'jardinage'),
  (6, 'Animation / Loisirs', 'animation-loisirs', 'animation'),
  (7, 'Collecte de produits', 'collecte-de-produits', 'collecte'),
  (8, 'Lutte contre l''isolement', 'lutte-contre-lisolement', 'lutte-contre-isolement'),
  (10, 'Mentorat & parrainage', 'mentorat-parrainage', 'mentorat-parrainage'),
  (11, 'Événementiel', 'evenementiel', 'autre'),
  (12, 'Ramassage de déchets', 'ramassage-de-dechets', 'ramassage-dechets'),
  (14, 'Secourisme et sécurité civile', 'secourisme-et-securite-civile', 'secourisme'),
  (15, 'Services à la personne', 'services-a-la-personne', 'autre'),
  (16, 'Soins aux animaux', 'soins-aux-animaux', 'soins-animaux'),
  (17, 'Soutien scolaire et formation', 'soutien-scolaire-et-formation', 'soutien-scolaire'),
  (18, 'Vie citoyenne', 'vie-citoyenne', 'autre'),
  (19, 'Actions de sensibilisation', 'actions-de-sensibilisation', 'sensibilisation'),
  (20, 'Activités sportives', 'activites-sportives', 'encadrement-d-equipes'),
  (21, 'Accueil / Information', 'accueil-information', 'accueil-de-public'),
  (22, 'Travaux manuels', 'travaux-manuels', 'activites-manuelles'),
  (23, 'Collecte de fonds', 'collecte-de-fonds', 'gestion-recherche-des-partenariats'),
  (24, 'Communication', 'communication', 'communication'),
  (26, 'Recherche de partenariats', 'recherche-de-partenariats', 'gestion-recherche-des-partenariats'),
  (27, 'Dialogue interculturel', 'dialogue-interculturel', 'autre'),
  (28, 'Distribution', 'distribution', 'distribution'),
  (29, 'Écoute / Aide psychologique', 'ecoute-aide-psychologique', 'aide-psychologique'),
  (30, 'Gestion financière / Comptabilité', 'gestion-financiere-comptabilite', 'comptabilite-finance'),
  (31, 'Gestion administrative', 'gestion-administrative', 'taches-administratives'),
  (32, 'Gouvernance', 'gouvernance', 'responsabilites-associatives'),
  (33, 'Logistique', 'logistique', 'logistique'),
  (34, 'Médiation culturelle', 'mediation-culturelle', 'autre'),
  (35, 'Traduction', 'traduction', 'documentation-traduction'),
  (36, 'Accompagnement à la mobilité', 'accompagnement-a-la-mobilite', 'autre'),
  (37, 'Gestion de projets', 'gestion-de-projets', 'gestion-de-projets'),
  (38, 'Gestion des ressources humaines', 'gestion-des-ressources-humaines', 'recrutement'),
  (39, 'Informatique', 'informatique', 'informatique'),
  (40, 'Valorisation du patrimoine', 'valorisation-du-patrimoine', 'autre'),
  (41, 'Droit et conseil juridique', 'droit-et-conseil-juridique', 'juridique');

INSERT INTO activity_domain (activity_id, domain_id) VALUES
  (1, 7),
  (2, 1),
  (3, 7),
  (4, 9),
  (5, 10),
  (6, 4),
  (6, 9),
  (7, 7),
  (8, 7),
  (10, 9),
  (11, 11),
  (12, 10),
  (14, 2),
  (15, 7),
  (16, 10),
  (17, 9),
  (18, 8),
  (19, 1),
  (19, 2),
  (20, 4),
  (21, 7),
  (22, 7),
  (22, 10),
  (23, 1),
  (23, 2),
  (23, 3),
  (23, 4),
  (23, 7),
  (23, 8),
  (23, 9),
  (23, 10),
  (23, 11),
  (24, 11),
  (26, 11),
  (27, 3),
  (28, 7),
  (29, 7),
  (30, 11),
  (31, 11),
  (32, 11),
  (33, 11),
  (34, 3),
  (35, 11),
  (36, 7),
  (37, 11),
  (38, 11),
  (39, 11),
  (40, 3),
  (41, 11);
