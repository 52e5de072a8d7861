-- Indexes of the partner read API (v0): the mission filters on the organisation (organizationRNA,
-- organizationStatusJuridique) and the organisation search (GET /v0/organization by RNA or SIRET) read
-- publisher_organization by these columns.
CREATE INDEX ix_publisher_organization_rna ON publisher_organization (rna);
CREATE INDEX ix_publisher_organization_siret ON publisher_organization (siret);
CREATE INDEX ix_publisher_organization_legal_status ON publisher_organization (legal_status);
