"""answer_parts on leads, opportunities and activities: each row's API answer in parts
around the caller's own lookups, written by a trigger on every insert and update, read
whole by every page and record (decision 0048). The rows already there get theirs in
the next migration.

Revision ID: 8d41c6b2e9f3
Revises: 5e1d7a90c2b4
Create Date: 2026-12-09 09:08:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "8d41c6b2e9f3"
down_revision: str | None = "5e1d7a90c2b4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The bodies of <table>_answer(): each read model's ``answer_function()`` (in
# app/<domain>/repository.py) as it was when this migration was written: the answer a
# read computes, of the row being written. When a read model changes, a new migration
# replaces its function (CREATE OR REPLACE) and rewrites the answers
# (UPDATE <table> SET answer_parts = NULL, in a migration of its own);
# tests/core/test_stored_answers.py fails until it does.

LEADS_ANSWER = """
DECLARE
    run0 text;
BEGIN
    SELECT CAST((SELECT row_to_json(item) FROM (SELECT leads.id AS "id", replace(to_char(timezone('UTC', leads.created_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "created_at", replace(to_char(timezone('UTC', leads.updated_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "updated_at", leads.version AS "version", leads.person_name AS "person_name", leads.job_title AS "job_title", leads.company_name AS "company_name", leads.email AS "email", leads.phone AS "phone", leads.tax_id AS "tax_id", leads.industry AS "industry", (SELECT row_to_json(nested) AS row_to_json_1
FROM (SELECT leads.address_line1 AS line1, leads.address_line2 AS line2, leads.city AS city, leads.state AS state, leads.state_code AS state_code, leads.postal_code AS postal_code, leads.country AS country, leads.latitude AS latitude, leads.longitude AS longitude) AS nested) AS "address", leads.source AS "source", leads.campaign_ref AS "campaign_ref", leads.product_interest AS "product_interest", CAST(coalesce(round(leads.estimated_value, CAST('{"AED":2,"AFN":2,"ALL":2,"AMD":2,"AOA":2,"ARS":2,"AUD":2,"AWG":2,"AZN":2,"BAM":2,"BBD":2,"BDT":2,"BGN":2,"BHD":3,"BIF":0,"BMD":2,"BND":2,"BOB":2,"BOV":2,"BRL":2,"BSD":2,"BTN":2,"BWP":2,"BYN":2,"BZD":2,"CAD":2,"CDF":2,"CHE":2,"CHF":2,"CHW":2,"CLF":4,"CLP":0,"CNY":2,"COP":2,"COU":2,"CRC":2,"CUP":2,"CVE":2,"CZK":2,"DJF":0,"DKK":2,"DOP":2,"DZD":2,"EGP":2,"ERN":2,"ETB":2,"EUR":2,"FJD":2,"FKP":2,"GBP":2,"GEL":2,"GHS":2,"GIP":2,"GMD":2,"GNF":0,"GTQ":2,"GYD":2,"HKD":2,"HNL":2,"HTG":2,"HUF":2,"IDR":2,"ILS":2,"INR":2,"IQD":3,"IRR":2,"ISK":0,"JMD":2,"JOD":3,"JPY":0,"KES":2,"KGS":2,"KHR":2,"KMF":0,"KPW":2,"KRW":0,"KWD":3,"KYD":2,"KZT":2,"LAK":2,"LBP":2,"LKR":2,"LRD":2,"LSL":2,"LYD":3,"MAD":2,"MDL":2,"MGA":2,"MKD":2,"MMK":2,"MNT":2,"MOP":2,"MRU":2,"MUR":2,"MVR":2,"MWK":2,"MXN":2,"MXV":2,"MYR":2,"MZN":2,"NAD":2,"NGN":2,"NIO":2,"NOK":2,"NPR":2,"NZD":2,"OMR":3,"PAB":2,"PEN":2,"PGK":2,"PHP":2,"PKR":2,"PLN":2,"PYG":0,"QAR":2,"RON":2,"RSD":2,"RUB":2,"RWF":0,"SAR":2,"SBD":2,"SCR":2,"SDG":2,"SEK":2,"SGD":2,"SHP":2,"SLE":2,"SOS":2,"SRD":2,"SSP":2,"STN":2,"SVC":2,"SYP":2,"SZL":2,"THB":2,"TJS":2,"TMT":2,"TND":3,"TOP":2,"TRY":2,"TTD":2,"TWD":2,"TZS":2,"UAH":2,"UGX":0,"USD":2,"USN":2,"UYI":0,"UYU":2,"UYW":4,"UZS":2,"VED":2,"VES":2,"VND":0,"VUV":0,"WST":2,"XAF":0,"XCD":2,"XCG":2,"XOF":0,"XPF":0,"YER":2,"ZAR":2,"ZMW":2,"ZWG":2}'::jsonb ->> leads.currency AS INTEGER)), round(round(leads.estimated_value, 4), greatest(2, scale(trim_scale(round(leads.estimated_value, 4)))))) AS TEXT) AS "estimated_value", leads.currency AS "currency", leads.notes AS "notes", leads.capture_latitude AS "capture_latitude", leads.capture_longitude AS "capture_longitude", replace(to_char(timezone('UTC', leads.captured_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "captured_at", leads.created_by_id AS "created_by_id", leads.status AS "status", replace(to_char(timezone('UTC', leads.status_changed_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "status_changed_at", leads.disqualify_reason AS "disqualify_reason", leads.owner_id AS "owner_id", leads.territory_id AS "territory_id", replace(to_char(timezone('UTC', leads.assigned_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "assigned_at", replace(to_char(timezone('UTC', leads.last_activity_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "last_activity_at", leads.score AS "score", leads.score_factors AS "score_factors", replace(to_char(timezone('UTC', leads.converted_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "converted_at", leads.converted_customer_id AS "converted_customer_id", leads.converted_contact_id AS "converted_contact_id", leads.converted_opportunity_id AS "converted_opportunity_id") AS item) AS TEXT)
    INTO run0
    FROM (SELECT NEW.*) AS leads;
    NEW.answer_parts := ARRAY['{' || substr(run0, 2, length(run0) - 2) || '}'];
    RETURN NEW;
END;
"""

OPPORTUNITIES_ANSWER = """
DECLARE
    run0 text;
    run1 text;
BEGIN
    SELECT CAST((SELECT row_to_json(item) FROM (SELECT opportunities.id AS "id", replace(to_char(timezone('UTC', opportunities.created_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "created_at", replace(to_char(timezone('UTC', opportunities.updated_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "updated_at", opportunities.version AS "version", opportunities.customer_id AS "customer_id") AS item) AS TEXT),
        CAST((SELECT row_to_json(item) FROM (SELECT opportunities.contact_id AS "contact_id", opportunities.title AS "title", CAST(coalesce(round(opportunities.amount, CAST('{"AED":2,"AFN":2,"ALL":2,"AMD":2,"AOA":2,"ARS":2,"AUD":2,"AWG":2,"AZN":2,"BAM":2,"BBD":2,"BDT":2,"BGN":2,"BHD":3,"BIF":0,"BMD":2,"BND":2,"BOB":2,"BOV":2,"BRL":2,"BSD":2,"BTN":2,"BWP":2,"BYN":2,"BZD":2,"CAD":2,"CDF":2,"CHE":2,"CHF":2,"CHW":2,"CLF":4,"CLP":0,"CNY":2,"COP":2,"COU":2,"CRC":2,"CUP":2,"CVE":2,"CZK":2,"DJF":0,"DKK":2,"DOP":2,"DZD":2,"EGP":2,"ERN":2,"ETB":2,"EUR":2,"FJD":2,"FKP":2,"GBP":2,"GEL":2,"GHS":2,"GIP":2,"GMD":2,"GNF":0,"GTQ":2,"GYD":2,"HKD":2,"HNL":2,"HTG":2,"HUF":2,"IDR":2,"ILS":2,"INR":2,"IQD":3,"IRR":2,"ISK":0,"JMD":2,"JOD":3,"JPY":0,"KES":2,"KGS":2,"KHR":2,"KMF":0,"KPW":2,"KRW":0,"KWD":3,"KYD":2,"KZT":2,"LAK":2,"LBP":2,"LKR":2,"LRD":2,"LSL":2,"LYD":3,"MAD":2,"MDL":2,"MGA":2,"MKD":2,"MMK":2,"MNT":2,"MOP":2,"MRU":2,"MUR":2,"MVR":2,"MWK":2,"MXN":2,"MXV":2,"MYR":2,"MZN":2,"NAD":2,"NGN":2,"NIO":2,"NOK":2,"NPR":2,"NZD":2,"OMR":3,"PAB":2,"PEN":2,"PGK":2,"PHP":2,"PKR":2,"PLN":2,"PYG":0,"QAR":2,"RON":2,"RSD":2,"RUB":2,"RWF":0,"SAR":2,"SBD":2,"SCR":2,"SDG":2,"SEK":2,"SGD":2,"SHP":2,"SLE":2,"SOS":2,"SRD":2,"SSP":2,"STN":2,"SVC":2,"SYP":2,"SZL":2,"THB":2,"TJS":2,"TMT":2,"TND":3,"TOP":2,"TRY":2,"TTD":2,"TWD":2,"TZS":2,"UAH":2,"UGX":0,"USD":2,"USN":2,"UYI":0,"UYU":2,"UYW":4,"UZS":2,"VED":2,"VES":2,"VND":0,"VUV":0,"WST":2,"XAF":0,"XCD":2,"XCG":2,"XOF":0,"XPF":0,"YER":2,"ZAR":2,"ZMW":2,"ZWG":2}'::jsonb ->> opportunities.currency AS INTEGER)), round(round(opportunities.amount, 4), greatest(2, scale(trim_scale(round(opportunities.amount, 4)))))) AS TEXT) AS "amount", opportunities.currency AS "currency", opportunities.expected_close_date AS "expected_close_date", opportunities.owner_id AS "owner_id", opportunities.territory_id AS "territory_id", opportunities.pipeline_id AS "pipeline_id", opportunities.stage_id AS "stage_id", opportunities.status AS "status", opportunities.probability AS "probability", CAST(coalesce(round(opportunities.weighted_amount, CAST('{"AED":2,"AFN":2,"ALL":2,"AMD":2,"AOA":2,"ARS":2,"AUD":2,"AWG":2,"AZN":2,"BAM":2,"BBD":2,"BDT":2,"BGN":2,"BHD":3,"BIF":0,"BMD":2,"BND":2,"BOB":2,"BOV":2,"BRL":2,"BSD":2,"BTN":2,"BWP":2,"BYN":2,"BZD":2,"CAD":2,"CDF":2,"CHE":2,"CHF":2,"CHW":2,"CLF":4,"CLP":0,"CNY":2,"COP":2,"COU":2,"CRC":2,"CUP":2,"CVE":2,"CZK":2,"DJF":0,"DKK":2,"DOP":2,"DZD":2,"EGP":2,"ERN":2,"ETB":2,"EUR":2,"FJD":2,"FKP":2,"GBP":2,"GEL":2,"GHS":2,"GIP":2,"GMD":2,"GNF":0,"GTQ":2,"GYD":2,"HKD":2,"HNL":2,"HTG":2,"HUF":2,"IDR":2,"ILS":2,"INR":2,"IQD":3,"IRR":2,"ISK":0,"JMD":2,"JOD":3,"JPY":0,"KES":2,"KGS":2,"KHR":2,"KMF":0,"KPW":2,"KRW":0,"KWD":3,"KYD":2,"KZT":2,"LAK":2,"LBP":2,"LKR":2,"LRD":2,"LSL":2,"LYD":3,"MAD":2,"MDL":2,"MGA":2,"MKD":2,"MMK":2,"MNT":2,"MOP":2,"MRU":2,"MUR":2,"MVR":2,"MWK":2,"MXN":2,"MXV":2,"MYR":2,"MZN":2,"NAD":2,"NGN":2,"NIO":2,"NOK":2,"NPR":2,"NZD":2,"OMR":3,"PAB":2,"PEN":2,"PGK":2,"PHP":2,"PKR":2,"PLN":2,"PYG":0,"QAR":2,"RON":2,"RSD":2,"RUB":2,"RWF":0,"SAR":2,"SBD":2,"SCR":2,"SDG":2,"SEK":2,"SGD":2,"SHP":2,"SLE":2,"SOS":2,"SRD":2,"SSP":2,"STN":2,"SVC":2,"SYP":2,"SZL":2,"THB":2,"TJS":2,"TMT":2,"TND":3,"TOP":2,"TRY":2,"TTD":2,"TWD":2,"TZS":2,"UAH":2,"UGX":0,"USD":2,"USN":2,"UYI":0,"UYU":2,"UYW":4,"UZS":2,"VED":2,"VES":2,"VND":0,"VUV":0,"WST":2,"XAF":0,"XCD":2,"XCG":2,"XOF":0,"XPF":0,"YER":2,"ZAR":2,"ZMW":2,"ZWG":2}'::jsonb ->> opportunities.currency AS INTEGER)), round(round(opportunities.weighted_amount, 4), greatest(2, scale(trim_scale(round(opportunities.weighted_amount, 4)))))) AS TEXT) AS "weighted_amount", replace(to_char(timezone('UTC', opportunities.stage_entered_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "stage_entered_at", replace(to_char(timezone('UTC', opportunities.closed_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "closed_at", opportunities.closed_from_stage_id AS "closed_from_stage_id", opportunities.skipped_stage_ids AS "skipped_stage_ids", opportunities.lost_reason AS "lost_reason", opportunities.competitor AS "competitor", opportunities.details AS "details", opportunities.source_lead_id AS "source_lead_id", opportunities.notes AS "notes") AS item) AS TEXT)
    INTO run0, run1
    FROM (SELECT NEW.*) AS opportunities;
    NEW.answer_parts := ARRAY['{' || substr(run0, 2, length(run0) - 2) || ',"customer_name":', ',' || substr(run1, 2, length(run1) - 2) || '}'];
    RETURN NEW;
END;
"""

ACTIVITIES_ANSWER = """
DECLARE
    run0 text;
    run1 text;
BEGIN
    SELECT CAST((SELECT row_to_json(item) FROM (SELECT activities.id AS "id", replace(to_char(timezone('UTC', activities.created_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "created_at", replace(to_char(timezone('UTC', activities.updated_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "updated_at", activities.version AS "version", activities.type AS "type", activities.subject AS "subject", activities.description AS "description", activities.status AS "status", activities.owner_id AS "owner_id", activities.created_by_id AS "created_by_id", activities.customer_id AS "customer_id") AS item) AS TEXT),
        CAST((SELECT row_to_json(item) FROM (SELECT activities.contact_id AS "contact_id", activities.lead_id AS "lead_id", activities.opportunity_id AS "opportunity_id", replace(to_char(timezone('UTC', activities.starts_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "starts_at", replace(to_char(timezone('UTC', activities.ends_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "ends_at", replace(to_char(timezone('UTC', activities.due_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "due_at", replace(to_char(timezone('UTC', activities.scheduled_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "scheduled_at", replace(to_char(timezone('UTC', activities.reminder_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "reminder_at", activities.location AS "location", activities.latitude AS "latitude", activities.longitude AS "longitude", activities.outcome AS "outcome", replace(to_char(timezone('UTC', activities.completed_at), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z') AS "completed_at") AS item) AS TEXT)
    INTO run0, run1
    FROM (SELECT NEW.*) AS activities;
    NEW.answer_parts := ARRAY['{' || substr(run0, 2, length(run0) - 2) || ',"customer_name":', ',' || substr(run1, 2, length(run1) - 2) || '}'];
    RETURN NEW;
END;
"""

BODIES = {
    "leads": LEADS_ANSWER,
    "opportunities": OPPORTUNITIES_ANSWER,
    "activities": ACTIVITIES_ANSWER,
}


def upgrade() -> None:
    for table, body in BODIES.items():
        op.add_column(table, sa.Column("answer_parts", postgresql.ARRAY(sa.Text()), nullable=True))
        # Sent as it is (its JSON holds ":2", which SQLAlchemy's text() would take for a
        # parameter); quoted with a tag no body holds.
        assert "$answer$" not in body
        op.get_bind().exec_driver_sql(
            f"CREATE FUNCTION {table}_answer() RETURNS trigger LANGUAGE plpgsql "
            f"AS $answer${body}$answer$"
        )
        op.execute(
            f"CREATE TRIGGER {table}_answer BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_answer()"
        )


def downgrade() -> None:
    for table in BODIES:
        op.execute(f"DROP TRIGGER {table}_answer ON {table}")
        op.execute(f"DROP FUNCTION {table}_answer()")
        op.drop_column(table, "answer_parts")
