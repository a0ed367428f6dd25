-- Omvärld, schema version 14: an audited change keeps its wording (AuditEntry.change), so that each language can say
-- what changed: the wording's key (WordingKey) and its arguments as AuditArguments encodes them. Entries written
-- before this version have neither and keep their English sentence in change, which is what they read back as.

alter table audit_entry add column change_key varchar(200);
alter table audit_entry add column change_arguments varchar(20000);
