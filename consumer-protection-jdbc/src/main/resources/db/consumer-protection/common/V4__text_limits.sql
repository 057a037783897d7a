-- The maxima of consumer-protection-core's ComplaintLimits in the DDL: each text column holds exactly the number
-- of code points the SDK stores in it, on every dialect, so that a row written around the SDK is refused too.
-- ${varchar64_type} and ${varchar200_type} are the types of a column of at most 64 and 200 code points:
--   PostgreSQL (counts code points):              VARCHAR(64)  and VARCHAR(200)
--   H2 (counts UTF-16 units, 2 per astral code point): VARCHAR(128) and VARCHAR(400)
--   MariaDB/MySQL with utf8mb4 (counts code points): VARCHAR(64) and VARCHAR(200)
-- The SDK checks every text before it is stored (a ComplaintValidationException naming the field, rule MAX_LENGTH),
-- so these bounds are only met by rows written around it.
--
-- On PostgreSQL, narrowing a column fails this migration if a stored value is longer than the new maximum (only a
-- row written around the SDK, or a name, representative or handler stored before the SDK checked them, can be);
-- find such rows first, for example SELECT id FROM complaint WHERE char_length(complainant_name) > 200.
--
-- Not changed, with the maximum they hold:
--   complaint.id, related_complaint_id       VARCHAR(200): a ComplaintId, 1-64 ASCII characters
--   complaint.request, narrative             ${text_type}: 2,000 and 20,000 code points
--   complaint.classification                 ${text_type}: JSON of at most 32 codes of 64 code points each
--   complaint.timeline                       ${text_type}: JSON of at most 1,000 events and 200,000 code points of
--                                            text, at most 2 UTF-16 units per code point once escaped (control
--                                            characters other than tab, line feed and carriage return are refused),
--                                            so under 1,000,000 units (TEXT holds more on every dialect)
--   audit_record.actor                       VARCHAR(200): the actor, at most 64 code points (128 units on H2)
--   audit_record.id, subject_id, action, purpose: the SDK's own ASCII (a complaint id and event sequence number,
--                                            COMPLAINT_<event type> of at most 31 characters, "intake" or
--                                            "complaint handling")
ALTER TABLE ${table_schema}${table_prefix}complaint ${alter_column} channel_reference ${set_data_type} ${varchar64_type} ${modify_not_null};
ALTER TABLE ${table_schema}${table_prefix}complaint ${alter_column} source ${set_data_type} ${varchar64_type};
ALTER TABLE ${table_schema}${table_prefix}complaint ${alter_column} complainant_reference ${set_data_type} ${varchar64_type} ${modify_not_null};
ALTER TABLE ${table_schema}${table_prefix}complaint ${alter_column} complainant_name ${set_data_type} ${varchar200_type};
ALTER TABLE ${table_schema}${table_prefix}complaint ${alter_column} representative_reference ${set_data_type} ${varchar64_type};
ALTER TABLE ${table_schema}${table_prefix}complaint ${alter_column} respondent ${set_data_type} ${varchar200_type};
ALTER TABLE ${table_schema}${table_prefix}complaint ${alter_column} receiving_unit ${set_data_type} ${varchar64_type};
ALTER TABLE ${table_schema}${table_prefix}complaint ${alter_column} first_contact_handler ${set_data_type} ${varchar64_type};
ALTER TABLE ${table_schema}${table_prefix}complaint ${alter_column} current_handler ${set_data_type} ${varchar64_type};
