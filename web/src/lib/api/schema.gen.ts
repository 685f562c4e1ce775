// Generated from openapi/openapi.json by `make web-gen` (web/scripts/schema.mjs). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health
         * @description Liveness: the process answers.
         */
        get: operations["system_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready
         * @description Readiness: the database answers.
         */
        get: operations["system_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Sign in with email and password. Every attempt is recorded for the login report;
         *     after 10 failures within 15 minutes the address is refused with 429 and Retry-After.
         */
        post: operations["auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Token
         * @description The OAuth2 password flow (form fields), so the interactive docs can sign in.
         */
        post: operations["auth_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh
         * @description Trade a refresh token for a new pair. The old refresh token is spent; presenting a
         *     spent token again revokes every token of that sign-in.
         */
        post: operations["auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description Revoke the refresh token (and its whole sign-in).
         */
        post: operations["auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/login-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Login Events
         * @description The employee login report: who signed in (or failed to), when, from where and which
         *     device. Heads see their team's events, admins everyone's.
         */
        get: operations["auth_list_login_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Me
         * @description Who am I: profile, role, team, territories and the permissions the clients use to
         *     show only what this user may do.
         */
        get: operations["users_read_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description The company directory; `q` searches name and email.
         */
        get: operations["users_list"];
        put?: never;
        /**
         * Create User
         * @description Create a user (admin). Answers 200 with the existing user when `id` was already created.
         */
        post: operations["users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read User */
        get: operations["users_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update User
         * @description Change a user's profile, role, team, territories, password or active flag (admin).
         */
        patch: operations["users_update"];
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Teams */
        get: operations["teams_list"];
        put?: never;
        /** Create Team */
        post: operations["teams_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Team */
        get: operations["teams_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Team */
        patch: operations["teams_update"];
        trace?: never;
    };
    "/api/v1/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Territories */
        get: operations["territories_list"];
        put?: never;
        /** Create Territory */
        post: operations["territories_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territories/{territory_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Territory */
        get: operations["territories_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update Territory */
        patch: operations["territories_update"];
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Customers
         * @description Customers the caller may see. `q` searches name, legal name, email and phone of the
         *     customer and its contacts. Archived customers are left out unless `archived=true`
         *     (only archived) or `archived` is empty (both). The total is `GET /customers/count`
         *     with the same filters.
         */
        get: operations["customers_list"];
        put?: never;
        /**
         * Create Customer
         * @description Create a customer with its addresses and contacts. Without a territory, the billing
         *     address's postal code picks one. Sending an `id` that was already created answers 200
         *     with that customer.
         */
        post: operations["customers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Customers
         * @description How many customers the list's filters select for the caller (the list's total,
         *     asked for beside its first page).
         */
        get: operations["customers_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Customers
         * @description Every customer the filters select, scoped like the list, in its order, as CSV or
         *     XLSX (streamed; columns as the list's fields, amounts beside their currency).
         */
        get: operations["customers_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Customers
         * @description Reassign (`owner_id`), archive or unarchive up to 500 customers. Each row is
         *     checked as its single write is and answers its own outcome; a customer the caller
         *     may not see is `customers.not_found`. Rows that succeed are kept when others fail.
         */
        post: operations["customers_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Customer Facets
         * @description The values the list's `industry` and `segment` filters can take: each industry and
         *     segment tag among the customers the caller may see, with how many carry it, most
         *     common first (at most 200 each). `archived` counts archived customers as the list
         *     does (left out by default).
         */
        get: operations["customers_read_customer_facets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/map-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Customer Map Points
         * @description Every customer the caller may see that the list's filters select (not one page),
         *     as compact `[id, name, latitude, longitude]` points for a map, in id order. Customers
         *     without coordinates are counted in `without_coordinates`. The ETag lets a map that
         *     asks again get a 304 while nothing changed.
         */
        get: operations["customers_read_customer_map_points"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Customer
         * @description One customer with its addresses and contacts. The ETag is its version (send it in
         *     If-Match to change it, or in If-None-Match to get a 304 while it is unchanged).
         */
        get: operations["customers_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Customer
         * @description Change a customer. Needs `If-Match` with the ETag read (428 without, 412 when stale).
         *     Changing the owner needs `customers:reassign`.
         */
        patch: operations["customers_update"];
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive Customer
         * @description Hide the customer from default lists; nothing is deleted.
         */
        post: operations["customers_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unarchive Customer */
        post: operations["customers_unarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Contacts */
        get: operations["customers_list_contacts"];
        put?: never;
        /** Add Contact */
        post: operations["customers_add_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Contact */
        get: operations["customers_read_contact"];
        put?: never;
        post?: never;
        /**
         * Delete Contact
         * @description Remove the contact. It is archived, not erased: deals and activities keep their
         *     link, and it is gone from every read and list.
         */
        delete: operations["customers_delete_contact"];
        options?: never;
        head?: never;
        /** Update Contact */
        patch: operations["customers_update_contact"];
        trace?: never;
    };
    "/api/v1/customers/{customer_id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Timeline
         * @description One history of everything that happened with the customer (activities, lead
         *     conversion, stage moves, ...), newest first.
         */
        get: operations["customers_read_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Entries
         * @description Newest first. Filter by the changed record (`entity_type` is the table name,
         *     e.g. `customers`) or by who changed it.
         */
        get: operations["audit_list_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Activities
         * @description Activities the caller may see (own; a head's team; all for admins), of the
         *     assignees named in `owner_id` when given. The total is `GET /activities/count` with
         *     the same filters.
         */
        get: operations["activities_list"];
        put?: never;
        /**
         * Create Activity
         * @description Plan or log a call, email, meeting, appointment or task, linked to a customer,
         *     contact, lead or opportunity. Meetings and appointments need `starts_at`.
         */
        post: operations["activities_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Activities
         * @description How many activities the list's filters select for the caller.
         */
        get: operations["activities_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Activities
         * @description Every activity the filters select, scoped like the list, in its order, as CSV or
         *     XLSX (streamed).
         */
        get: operations["activities_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Activities
         * @description Reassign (`owner_id`), complete or cancel (`status`: done, cancelled) up to 500
         *     activities. Each row follows the single write's rules and answers its own outcome
         *     (a closed one is `activities.closed`; one the caller may not see is
         *     `activities.not_found`). Rows that succeed are kept when others fail.
         */
        post: operations["activities_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Activity */
        get: operations["activities_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Activity
         * @description Reschedule or edit a planned activity (done or cancelled ones only take notes).
         */
        patch: operations["activities_update"];
        trace?: never;
    };
    "/api/v1/activities/{activity_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete Activity
         * @description Mark it done with the outcome; completing again changes nothing.
         */
        post: operations["activities_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activity_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Activity */
        post: operations["activities_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Team Agenda
         * @description The agenda of the people named in `owner_id`, or of everyone whose activities the
         *     caller may see (a head: the team's; an admin: everyone's; an engineer: their own):
         *     their activities from `from` to `to` (default: today, UTC; at most 62 days; at most
         *     1000, `truncated` says when more) and their overdue planned ones. Someone the caller
         *     may not see adds nothing. `reminders` are the caller's own, whoever's agenda it is.
         */
        get: operations["activities_read_team_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Agenda
         * @description My calendar from `from` to `to` (default: today, UTC; at most 62 days), my
         *     overdue planned activities, and the reminders due now.
         */
        get: operations["activities_read_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Calendar Subscription
         * @description The secret address of my calendar feed (made on first use).
         */
        get: operations["activities_read_calendar_subscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate Calendar Subscription
         * @description A new secret address; calendars subscribed to the old one stop updating.
         */
        post: operations["activities_rotate_calendar_subscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Calendar Feed
         * @description The iCalendar feed of one user's activities. No sign-in: the secret token in the
         *     address is the credential, so calendar apps can subscribe.
         */
        get: operations["activities_read_calendar_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Leads
         * @description Leads the caller may see, newest first unless `sort` says otherwise. The total is
         *     `GET /leads/count` with the same filters.
         */
        get: operations["leads_list"];
        put?: never;
        /**
         * Create Lead
         * @description Capture a lead. The territory follows the address's postal code; the owner is the
         *     capturing engineer when the lead is in one of their territories (or none), else the
         *     territory's engineer with the fewest open leads; heads and admins may name `owner_id`.
         *     The score and its factors come back with it. Sending an `id` that was already created
         *     answers 200 with that lead.
         */
        post: operations["leads_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Matching Leads
         * @description How many leads the list's filters select for the caller.
         */
        get: operations["leads_count_matching"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Leads
         * @description Every lead the filters select, scoped like the list, in its order, as CSV or XLSX
         *     (streamed).
         */
        get: operations["leads_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Leads
         * @description Reassign (`owner_id`; needs `leads:assign`, else 403) or change the status
         *     (`status`: contacted, qualified, or disqualified with a `reason`) of up to 500 leads.
         *     Each row follows the single action's rules and answers its own outcome (an illegal
         *     move is `leads.illegal_transition`; a lead the caller may not see is
         *     `leads.not_found`). Rows that succeed are kept when others fail.
         */
        post: operations["leads_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Leads
         * @description How many leads the caller may see are in each status (the home dashboard's card).
         */
        get: operations["leads_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check Lead Duplicates
         * @description The duplicate check of a lead capture, without capturing: the leads, customers and
         *     contacts with this email, phone (its last 10 digits) or tax id, for a form to warn
         *     while the user types. It answers exactly what the 409 of `POST /leads` would list and
         *     nothing more: records the caller may see come with id and name; the others (another
         *     team's twin, the one worth asking about) only as kind and matching field, without id,
         *     name or owner. Needs `leads:write`, like capturing. Reads only; an empty or too short
         *     value matches nothing.
         */
        get: operations["leads_check_lead_duplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{lead_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Lead */
        get: operations["leads_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Lead
         * @description Change a lead's details (not status or owner; see the actions). Needs `If-Match`.
         *     The score is recomputed. A converted lead is read-only (409).
         */
        patch: operations["leads_update"];
        trace?: never;
    };
    "/api/v1/leads/{lead_id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact Lead
         * @description new -> contacted.
         */
        post: operations["leads_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{lead_id}/qualify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Qualify Lead
         * @description contacted -> qualified.
         */
        post: operations["leads_qualify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{lead_id}/disqualify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disqualify Lead
         * @description new, contacted or qualified -> disqualified, with the reason.
         */
        post: operations["leads_disqualify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{lead_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign Lead
         * @description Give the lead to someone the caller manages (heads: their team), optionally in
         *     another territory.
         */
        post: operations["leads_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{lead_id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert Lead
         * @description In one transaction: create a customer from the lead (or link `customer_id`), its
         *     contact (or link `contact_id`), and open a deal in the first stage of the default
         *     pipeline (or `pipeline_id`'s). 201 the first time; a repeat answers 200 with the same
         *     records, never twins. When customers or contacts with the lead's email, phone or tax
         *     id exist and the body neither links `customer_id` nor sends `"create_new_customer":
         *     true`, the answer is 409 `leads.possible_duplicates` with the candidates.
         */
        post: operations["leads_convert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-scoring-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Scoring Rules
         * @description The rules lead scores are computed from (see the leads documentation).
         */
        get: operations["leads_list_scoring_rules"];
        /**
         * Replace Scoring Rules
         * @description Replace every scoring rule at once; every open lead is rescored in the same
         *     transaction. How rules combine: source and industry rules add their points when they
         *     match; of the value rules the highest threshold reached counts (INR leads only); every
         *     completeness rule whose detail is present adds its points; of the recent-activity
         *     rules the smallest day threshold not exceeded counts. The total is clamped to 0..100.
         *     The last writer wins (no `If-Match`): the whole set is replaced, and the change is
         *     audited with who made it.
         */
        put: operations["leads_replace_scoring_rules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Pipelines
         * @description Every pipeline with its stages in order, the default one first.
         */
        get: operations["pipelines_list"];
        put?: never;
        /**
         * Create Pipeline
         * @description Create a pipeline with its stages in order (at least one open, one won and one lost
         *     stage). A lost stage always asks for `lost_reason`. The first pipeline, or one created
         *     with `is_default`, becomes the default.
         */
        post: operations["pipelines_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{pipeline_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Pipeline */
        get: operations["pipelines_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Pipeline
         * @description Rename, describe, or make this the default pipeline (the previous default stops
         *     being one; unsetting the default directly is a 409).
         */
        patch: operations["pipelines_update"];
        trace?: never;
    };
    "/api/v1/pipelines/{pipeline_id}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Stage
         * @description Add a stage at `position` (1-based), by default after the last open stage.
         */
        post: operations["pipelines_add_stage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{pipeline_id}/reorder-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reorder Stages
         * @description Put the stages in a new order: `stage_ids` lists every stage of the pipeline once.
         */
        post: operations["pipelines_reorder_stages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pipelines/{pipeline_id}/stages/{stage_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Stage
         * @description Delete a stage no deal is in or ever passed through (409 otherwise), keeping at
         *     least one open, one won and one lost stage.
         */
        delete: operations["pipelines_delete_stage"];
        options?: never;
        head?: never;
        /**
         * Update Stage
         * @description Rename a stage, change its default probability or the details it requires. Deals
         *     already in the stage keep their probability; the new details apply to the next move.
         */
        patch: operations["pipelines_update_stage"];
        trace?: never;
    };
    "/api/v1/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Opportunities
         * @description Deals the caller may see, filtered; sorted by expected close date unless `sort`
         *     says otherwise. Amount filters compare the amount in the deal's own currency. The
         *     total is `GET /opportunities/count` with the same filters.
         */
        get: operations["opportunities_list"];
        put?: never;
        /**
         * Create Opportunity
         * @description Open a deal for a customer the caller may see, in the first stage of the default
         *     pipeline unless `pipeline_id`/`stage_id` say otherwise (an open stage, with the details
         *     it requires). Sending an `id` that was already created answers 200 with that deal.
         */
        post: operations["opportunities_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Opportunities
         * @description How many deals the list's filters select for the caller.
         */
        get: operations["opportunities_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Opportunities
         * @description Every deal the filters select, scoped like the list, in its order, as CSV or XLSX
         *     (streamed; amounts as decimal strings beside their currency).
         */
        get: operations["opportunities_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Opportunities
         * @description Reassign (`owner_id`) or move to a stage (`stage_id`, with the `details` it
         *     requires) up to 500 deals. Each row follows the single write's rules and answers its
         *     own outcome (a closed deal is `opportunities.closed`; a deal the caller may not see
         *     is `opportunities.not_found`). Rows that succeed are kept when others fail.
         */
        post: operations["opportunities_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Board
         * @description The pipeline as columns: per stage the number of deals, the sums of amounts and of
         *     weighted amounts per currency (never converted), and the first cards by expected close
         *     date. `next_cursor` continues a column through the list endpoint.
         */
        get: operations["opportunities_read_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{opportunity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Opportunity */
        get: operations["opportunities_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Opportunity
         * @description Change an open deal (closed ones are 409). Needs `If-Match`. A new amount or
         *     probability recomputes the weighted amount; another owner needs `opportunities:assign`.
         */
        patch: operations["opportunities_update"];
        trace?: never;
    };
    "/api/v1/opportunities/{opportunity_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move Opportunity
         * @description Move the deal to another stage of its pipeline with the details that stage requires
         *     (each missing one is named in a 422 at `["body", "details", key]`). Jumping forward
         *     over open stages that require details needs their details too, in the same `details`
         *     (the deal passes through them); stages requiring nothing are recorded as skipped
         *     (`skipped_stage_ids`). A won or lost stage closes the deal; a closed deal, or a move to
         *     its current stage, is a 409 (reopen a closed deal instead). Retry safely with an
         *     `Idempotency-Key`.
         */
        post: operations["opportunities_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{opportunity_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen Opportunity
         * @description Reopen a won or lost deal: back to the open stage it closed from, or to the open
         *     `stage_id` named (with details that stage requires which the deal does not hold yet).
         *     The stage history records it as `reopened`, with who, when and the optional `reason`.
         *     An open deal is a 409. Retry safely with an `Idempotency-Key`.
         */
        post: operations["opportunities_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{opportunity_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read History
         * @description Every stage the deal entered, oldest first, with who moved it (by name) and how
         *     long it had spent in the stage before; moves that jumped forward list the stages they
         *     passed through and skipped, and reopens say so.
         */
        get: operations["opportunities_read_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Notifications
         * @description Newest first; `unread=true` for those not yet read.
         */
        get: operations["notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count Unread */
        get: operations["notifications_count_unread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read Notification
         * @description Mark one notification read (reading it twice changes nothing).
         */
        post: operations["notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read All
         * @description Mark every unread notification read; answers how many were unread.
         */
        post: operations["notifications_read_all"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Changes
         * @description Changes in commit order, each record once with its current state (`upsert`) or a
         *     tombstone (`delete`) when it was deleted, archived or left the caller's sight. Store
         *     `next_cursor` and pull again with it; `has_more` says to pull again at once. A 410
         *     (`sync.resync_required`) means the caller's access changed: drop the local copy and
         *     sync everything again (full lists, then `GET /sync/cursor`).
         */
        get: operations["sync_list_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync/cursor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Cursor
         * @description The feed's position now. A client that loads full lists takes this first, then
         *     pulls changes from it (what changed during the load arrives again, harmlessly).
         */
        get: operations["sync_read_cursor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Jobs
         * @description Newest first. `status=failed` lists what needs an admin: each with its last error.
         */
        get: operations["jobs_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry Job
         * @description Queue a failed job again; it runs as soon as a worker is free.
         */
        post: operations["jobs_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Saved Views
         * @description The views the caller may use, by name (at most a few dozen per list: no pages).
         */
        get: operations["saved_views_list"];
        put?: never;
        /** Create Saved View */
        post: operations["saved_views_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{view_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Saved View */
        get: operations["saved_views_read"];
        put?: never;
        post?: never;
        /**
         * Delete Saved View
         * @description Delete for good (a screen setting, not a record anyone keeps).
         */
        delete: operations["saved_views_delete"];
        options?: never;
        head?: never;
        /** Update Saved View */
        patch: operations["saved_views_update"];
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Products
         * @description Products, by name unless `sort` says otherwise. `q` searches SKU, name, HSN/SAC
         *     code and ERP id; `group_id`, `kind`, `tax_category_id` and `active` filter. The total
         *     is `GET /products/count` with the same filters.
         */
        get: operations["products_list"];
        put?: never;
        /**
         * Create Product
         * @description Create a product. A SKU (any case) or `external_id` already used is a 409; an
         *     HSN/SAC code that does not fit the kind (goods: HSN, 4/6/8 digits; services: SAC,
         *     99xxxx) is a 422 naming `hsn_sac_code`.
         */
        post: operations["products_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count Products
         * @description How many products the list's filters select.
         */
        get: operations["products_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Products
         * @description Every product the filters select, in the list's order, as CSV or XLSX.
         */
        get: operations["products_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Product */
        get: operations["products_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Product
         * @description Change a product (If-Match). `is_active: false` stops selling it.
         */
        patch: operations["products_update"];
        trace?: never;
    };
    "/api/v1/product-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Product Groups
         * @description The product groups, by name.
         */
        get: operations["product_groups_list"];
        put?: never;
        /** Create Product Group */
        post: operations["product_groups_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-groups/{group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Product Group */
        get: operations["product_groups_read"];
        put?: never;
        post?: never;
        /**
         * Delete Product Group
         * @description Delete an empty group; a group holding products is a 409 (move them first).
         */
        delete: operations["product_groups_delete"];
        options?: never;
        head?: never;
        /** Update Product Group */
        patch: operations["product_groups_update"];
        trace?: never;
    };
    "/api/v1/tax-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Tax Categories
         * @description The tax categories, lowest rate first by default.
         */
        get: operations["tax_categories_list"];
        put?: never;
        /**
         * Create Tax Category
         * @description A category with a unique `code`. `zero_rated` and `exempt` categories have rate 0.
         */
        post: operations["tax_categories_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tax-categories/{tax_category_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Tax Category */
        get: operations["tax_categories_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Tax Category
         * @description Change a category (If-Match). A new rate applies to documents made from now on.
         *     Categories are never deleted (products and documents refer to them): set
         *     `is_active` false to stop offering one.
         */
        patch: operations["tax_categories_update"];
        trace?: never;
    };
    "/api/v1/tax-categories/{tax_category_id}/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compute
         * @description The GST of `amount` under this category for a customer whose place of supply is
         *     `place_of_supply`: the components (CGST + SGST within the company's state, IGST
         *     otherwise), each rounded to the currency's minor unit, as quotes compute a line.
         */
        get: operations["tax_categories_compute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Price Lists
         * @description The price lists the caller may see, by name. Filters: `scope`, `customer_id`,
         *     `segment`, `currency`, `valid_on` (a date), `active`.
         */
        get: operations["price_lists_list"];
        put?: never;
        /**
         * Create Price List
         * @description A price list, with its lines if given (at most 1000; more through
         *     `POST /price-lists/{id}/lines`). A `segment` list names its `segment`, a `customer`
         *     list its `customer_id`, a `default` list neither (422 naming the field).
         */
        post: operations["price_lists_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-lists/{price_list_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Price List */
        get: operations["price_lists_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Price List
         * @description Change a list (If-Match); its currency is fixed. Lists are never deleted:
         *     `is_active: false` stops one applying.
         */
        patch: operations["price_lists_update"];
        trace?: never;
    };
    "/api/v1/price-lists/{price_list_id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Lines
         * @description The list's lines (prices per product and quantity break), oldest first.
         */
        get: operations["price_lists_list_lines"];
        put?: never;
        /**
         * Add Line
         * @description Price a product from `min_quantity` up (default 1). The same product and break
         *     twice in a list is a 409 `price_lists.duplicate_break`.
         */
        post: operations["price_lists_add_line"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/price-lists/{price_list_id}/lines/{line_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Line */
        delete: operations["price_lists_delete_line"];
        options?: never;
        head?: never;
        /** Update Line */
        patch: operations["price_lists_update_line"];
        trace?: never;
    };
    "/api/v1/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Price
         * @description The unit price of `quantity` of a product for a customer on a date, and the rule
         *     that gave it: among the active lists in the currency that are valid that day, the
         *     customer's own list wins over its segment's, which wins over the default; within a
         *     list the highest quantity break at or below `quantity` applies; a list without a
         *     line for the product (or without a break that low) gives way to the next. With no
         *     list line, the product's list price applies when it is in the currency, else 422
         *     `prices.no_price`. A customer the caller may not see is a 404.
         */
        get: operations["prices_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discount-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Discount Limits
         * @description Each role's limit (`max_percent`; null: no limit).
         */
        get: operations["discount_limits_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discount-limits/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Discount Limit
         * @description Set a role's limit (If-Match); `max_percent: null` removes the limit. Quotes
         *     already waiting keep waiting; new discounts are checked against the new limit.
         */
        patch: operations["discount_limits_update"];
        trace?: never;
    };
    "/api/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Quotes
         * @description Quotes the caller may see (the current revision of each, unless `number` asks
         *     for every revision of one), newest first unless `sort` says otherwise; `q` matches
         *     the number or the customer's name.
         */
        get: operations["quotes_list"];
        put?: never;
        /**
         * Create Quote
         * @description A draft quote for a customer the caller may see, numbered gaplessly per fiscal
         *     year (`Q/2026-27/00042`). A line without `unit_price` takes the price list's price
         *     (as `GET /prices` answers it); the tax category is the product's; the place of supply
         *     the customer's shipping (else billing) address's state. The server computes every
         *     amount. Sending an `id` that was already created answers 200 with that quote.
         */
        post: operations["quotes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Approvals
         * @description The approvals inbox: quotes pending approval that the caller may decide (a
         *     head's team's, an admin's all), never the caller's own, and only those whose
         *     largest discount is within the caller's own limit.
         */
        get: operations["quotes_list_approvals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{quote_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Quote
         * @description A quote with its lines, tax per component and per rate, and totals.
         */
        get: operations["quotes_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Quote
         * @description Change a quote (needs `If-Match`); `lines` replaces every line. A pending,
         *     approved or sent quote goes back to draft: it must be submitted (and approved, when
         *     a discount needs it) again. An accepted, rejected or expired quote is a 409
         *     (`quotes.not_editable`), an earlier revision too (`quotes.superseded`).
         */
        patch: operations["quotes_update"];
        trace?: never;
    };
    "/api/v1/quotes/{quote_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit Quote
         * @description Draft -> approved when every line's discount is within the author's limit; else
         *     -> pending_approval, in the approvals inbox of the author's head.
         */
        post: operations["quotes_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{quote_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve Quote
         * @description Approve a pending quote (a head for their team, an admin), with a comment. The
         *     author cannot approve their own (`quotes.own_quote`); a discount above the approver's
         *     own limit is `quotes.beyond_approver_limit`.
         */
        post: operations["quotes_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{quote_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline Quote
         * @description Refuse the approval, with a comment: the quote goes back to draft.
         */
        post: operations["quotes_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{quote_id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send Quote
         * @description Approved -> sent. A quote not approved as it stands is `quotes.approval_required`;
         *     past its validity `quotes.expired`.
         */
        post: operations["quotes_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{quote_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept Quote
         * @description Sent -> accepted, with the optional lines the customer chose (they join the
         *     totals) and the engineer's location. Accepting again with the same choice answers
         *     the same quote; another choice is `quotes.already_accepted`.
         */
        post: operations["quotes_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{quote_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject Quote
         * @description Sent -> rejected by the customer, with a reason.
         */
        post: operations["quotes_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes/{quote_id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise Quote
         * @description Revision n+1 as a draft: the same `number`, `revision` n+1, `display_number`
         *     `…-R1`; the earlier revision becomes read-only (`is_current` false; a change is
         *     `quotes.superseded`). The new revision is submitted, and approved if needed, anew.
         */
        post: operations["quotes_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ActivityBulk
         * @description One action on many activities; each row is checked like the single write.
         */
        ActivityBulk: {
            /**
             * Ids
             * @description The rows to act on (1 to 500; repeats are done once)
             */
            ids: string[];
            /**
             * Action
             * @enum {string}
             */
            action: "reassign" | "change_status";
            /**
             * Owner Id
             * @description The new owner (reassign)
             */
            owner_id?: string | null;
            /**
             * Status
             * @description Complete or cancel (change_status), as the actions do
             */
            status?: ("done" | "cancelled") | null;
        };
        /** ActivityComplete */
        ActivityComplete: {
            /** Outcome */
            outcome?: string | null;
            /**
             * Completed At
             * @description When it was done (the phone may report it later)
             */
            completed_at?: string | null;
        };
        /** ActivityCreate */
        ActivityCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Subject */
            subject: string;
            /** Description */
            description?: string | null;
            /** Customer Id */
            customer_id?: string | null;
            /** Contact Id */
            contact_id?: string | null;
            /** Lead Id */
            lead_id?: string | null;
            /** Opportunity Id */
            opportunity_id?: string | null;
            /** Starts At */
            starts_at?: string | null;
            /** Ends At */
            ends_at?: string | null;
            /** Due At */
            due_at?: string | null;
            /** Reminder At */
            reminder_at?: string | null;
            /** Location */
            location?: string | null;
            /** Latitude */
            latitude?: number | null;
            /** Longitude */
            longitude?: number | null;
            /**
             * Owner Id
             * @description The assignee; defaults to the caller. Heads may assign.
             */
            owner_id?: string | null;
            type: components["schemas"]["ActivityType"];
        };
        /** ActivityRead */
        ActivityRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            type: components["schemas"]["ActivityType"];
            /** Subject */
            subject: string;
            /** Description */
            description: string | null;
            status: components["schemas"]["ActivityStatus"];
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** Created By Id */
            created_by_id: string | null;
            /** Customer Id */
            customer_id: string | null;
            /**
             * Customer Name
             * @description When the caller may see it
             */
            customer_name?: string | null;
            /** Contact Id */
            contact_id: string | null;
            /** Lead Id */
            lead_id: string | null;
            /** Opportunity Id */
            opportunity_id: string | null;
            /** Starts At */
            starts_at: string | null;
            /** Ends At */
            ends_at: string | null;
            /** Due At */
            due_at: string | null;
            /**
             * Scheduled At
             * Format: date-time
             */
            scheduled_at: string;
            /** Reminder At */
            reminder_at: string | null;
            /** Location */
            location: string | null;
            /** Latitude */
            latitude: number | null;
            /** Longitude */
            longitude: number | null;
            /** Outcome */
            outcome: string | null;
            /** Completed At */
            completed_at: string | null;
        };
        /**
         * ActivityStatus
         * @enum {string}
         */
        ActivityStatus: "planned" | "done" | "cancelled";
        /**
         * ActivityType
         * @enum {string}
         */
        ActivityType: "call" | "email" | "meeting" | "appointment" | "task";
        /** ActivityUpdate */
        ActivityUpdate: {
            /** Subject */
            subject?: string | null;
            /** Description */
            description?: string | null;
            /** Customer Id */
            customer_id?: string | null;
            /** Contact Id */
            contact_id?: string | null;
            /** Lead Id */
            lead_id?: string | null;
            /** Opportunity Id */
            opportunity_id?: string | null;
            /** Starts At */
            starts_at?: string | null;
            /** Ends At */
            ends_at?: string | null;
            /** Due At */
            due_at?: string | null;
            /** Reminder At */
            reminder_at?: string | null;
            /** Location */
            location?: string | null;
            /** Latitude */
            latitude?: number | null;
            /** Longitude */
            longitude?: number | null;
            /**
             * Owner Id
             * @description The assignee; defaults to the caller. Heads may assign.
             */
            owner_id?: string | null;
            type?: components["schemas"]["ActivityType"] | null;
        };
        /** AddressIn */
        AddressIn: {
            /**
             * Country
             * @description ISO 3166 code
             * @default IN
             */
            country: string;
            /**
             * State Code
             * @description GST state code (India): 29 is Karnataka
             */
            state_code?: string | null;
            /** State */
            state?: string | null;
            /**
             * Id
             * @description On update: the address to change (its id is kept)
             */
            id?: string | null;
            kind: components["schemas"]["AddressKind"];
            /** Line1 */
            line1: string;
            /** Line2 */
            line2?: string | null;
            /** City */
            city: string;
            /** Postal Code */
            postal_code?: string | null;
            /** Latitude */
            latitude?: number | null;
            /** Longitude */
            longitude?: number | null;
        };
        /**
         * AddressKind
         * @enum {string}
         */
        AddressKind: "billing" | "shipping";
        /** AddressRead */
        AddressRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["AddressKind"];
            /** Line1 */
            line1: string;
            /** Line2 */
            line2: string | null;
            /** City */
            city: string;
            /** State */
            state: string | null;
            /** State Code */
            state_code: string | null;
            /** Postal Code */
            postal_code: string | null;
            /** Country */
            country: string;
            /** Latitude */
            latitude: number | null;
            /** Longitude */
            longitude: number | null;
        };
        /**
         * Agenda
         * @description One's own calendar for a period, what is overdue, and reminders due now.
         */
        Agenda: {
            /** Activities */
            activities: components["schemas"]["ActivityRead"][];
            /** Overdue */
            overdue: components["schemas"]["ActivityRead"][];
            /** Reminders */
            reminders: components["schemas"]["ActivityRead"][];
        };
        /** ApprovalDecision */
        ApprovalDecision: {
            /** Comment */
            comment?: string | null;
        };
        /**
         * AuditEntryRead
         * @description One change, from the event stream: before and after hold the changed fields
         *     (everything on create and delete); secrets read as "[secret]".
         */
        AuditEntryRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Actor Id */
            actor_id: string | null;
            /**
             * Actor Kind
             * @description user, api_key or system
             */
            actor_kind: string;
            /** Actor Label */
            actor_label: string;
            /**
             * Action
             * @description The event type, e.g. customer.updated, lead.converted
             */
            action: string;
            /**
             * Operation
             * @description created, updated or deleted
             */
            operation: string;
            /** Entity Type */
            entity_type: string;
            /**
             * Entity Id
             * Format: uuid
             */
            entity_id: string;
            /**
             * Entity Label
             * @description The record's name at the time
             */
            entity_label: string | null;
            /** Version */
            version: number | null;
            /** Before */
            before: {
                [key: string]: unknown;
            } | null;
            /** After */
            after: {
                [key: string]: unknown;
            } | null;
            /** Request Id */
            request_id: string | null;
        };
        /** Board */
        Board: {
            /**
             * Pipeline Id
             * Format: uuid
             */
            pipeline_id: string;
            /** Pipeline Name */
            pipeline_name: string;
            /** Columns */
            columns: components["schemas"]["BoardColumn"][];
        };
        /** BoardColumn */
        BoardColumn: {
            stage: components["schemas"]["StageRead"];
            /**
             * Count
             * @description Deals in the stage, every currency
             */
            count: number;
            /**
             * Totals
             * @description Per currency (no conversion): sums of amounts and weighted amounts
             */
            totals: components["schemas"]["CurrencyTotal"][];
            /**
             * Cards
             * @description The first deals by expected close date
             */
            cards: components["schemas"]["OpportunityRead"][];
            /**
             * Next Cursor
             * @description More cards: GET /opportunities?stage_id=&sort=expected_close_date&cursor= with the same owner/territory filters
             */
            next_cursor?: string | null;
        };
        /** Body_auth_token */
        Body_auth_token: {
            /** Username */
            username: string;
            /** Password */
            password: string;
        };
        /**
         * BulkResult
         * @description One result per distinct id, in the order sent.
         */
        BulkResult: {
            /** Results */
            results: components["schemas"]["BulkRowResult"][];
            /** Succeeded */
            succeeded: number;
            /** Failed */
            failed: number;
        };
        /** BulkRowResult */
        BulkRowResult: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "ok" | "problem";
            /**
             * Status
             * @description The status the single write would have answered
             */
            status: number;
            /**
             * Code
             * @description The problem's stable code
             */
            code?: string | null;
            /** Title */
            title?: string | null;
            /** Detail */
            detail?: string | null;
            /** Errors */
            errors?: components["schemas"]["FieldError"][] | null;
        };
        /** CalendarFeed */
        CalendarFeed: {
            /**
             * Url
             * @description Subscribe to this URL in Google Calendar, Outlook or a phone
             */
            url: string;
            /** Token */
            token: string;
        };
        /**
         * Change
         * @description One record to store (``upsert``: its current state, as its read endpoint shows it)
         *     or to drop (``delete``: a tombstone, with why). A customer's tombstone drops its
         *     contacts too.
         */
        Change: {
            entity: components["schemas"]["FeedEntity"];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            op: components["schemas"]["ChangeOp"];
            /** Version */
            version?: number | null;
            reason?: components["schemas"]["TombstoneReason"] | null;
            /** Data */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * ChangeOp
         * @enum {string}
         */
        ChangeOp: "upsert" | "delete";
        /** ChangePage */
        ChangePage: {
            /** Changes */
            changes: components["schemas"]["Change"][];
            /**
             * Next Cursor
             * @description Send as `since` on the next pull (store it)
             */
            next_cursor: string;
            /**
             * Has More
             * @description More changes wait: pull again at once
             */
            has_more: boolean;
        };
        /**
         * Channel
         * @enum {string}
         */
        Channel: "email" | "phone" | "sms" | "whatsapp" | "visit";
        /** ContactCreate */
        ContactCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Name */
            name: string;
            /** Title */
            title?: string | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** @default phone */
            preferred_channel: components["schemas"]["Channel"];
            /**
             * Email Opt In
             * @default false
             */
            email_opt_in: boolean;
            /**
             * Sms Opt In
             * @default false
             */
            sms_opt_in: boolean;
            /**
             * Is Primary
             * @default false
             */
            is_primary: boolean;
        };
        /** ContactRead */
        ContactRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Name */
            name: string;
            /** Title */
            title: string | null;
            /** Email */
            email: string | null;
            /** Phone */
            phone: string | null;
            preferred_channel: components["schemas"]["Channel"];
            /** Email Opt In */
            email_opt_in: boolean;
            /** Sms Opt In */
            sms_opt_in: boolean;
            /** Is Primary */
            is_primary: boolean;
        };
        /** ContactUpdate */
        ContactUpdate: {
            /** Name */
            name?: string | null;
            /** Title */
            title?: string | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            preferred_channel?: components["schemas"]["Channel"] | null;
            /** Email Opt In */
            email_opt_in?: boolean | null;
            /** Sms Opt In */
            sms_opt_in?: boolean | null;
            /** Is Primary */
            is_primary?: boolean | null;
        };
        /** CurrencyTotal */
        CurrencyTotal: {
            /** Currency */
            currency: string;
            /** Count */
            count: number;
            /**
             * Amount
             * @example 1250.00
             */
            amount: string;
            /**
             * Weighted Amount
             * @example 1250.00
             */
            weighted_amount: string;
        };
        /**
         * CustomerBulk
         * @description One action on many customers; each row is checked like the single write.
         */
        CustomerBulk: {
            /**
             * Ids
             * @description The rows to act on (1 to 500; repeats are done once)
             */
            ids: string[];
            /**
             * Action
             * @enum {string}
             */
            action: "reassign" | "archive" | "unarchive";
            /**
             * Owner Id
             * @description The new owner (reassign; needs customers:reassign)
             */
            owner_id?: string | null;
        };
        /** CustomerCreate */
        CustomerCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Legal Name */
            legal_name?: string | null;
            /**
             * Tax Id
             * @description GSTIN, 15 characters
             */
            tax_id?: string | null;
            /** Industry */
            industry?: string | null;
            /** Segment Tags */
            segment_tags?: string[] | null;
            /** Rating */
            rating?: number | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** Website */
            website?: string | null;
            /** Credit Limit */
            credit_limit?: (number | string) | null;
            /** Currency */
            currency?: string | null;
            /** Payment Terms Days */
            payment_terms_days?: number | null;
            /** Territory Id */
            territory_id?: string | null;
            /** External Id */
            external_id?: string | null;
            /** Email Opt In */
            email_opt_in?: boolean | null;
            /** Sms Opt In */
            sms_opt_in?: boolean | null;
            /** Notes */
            notes?: string | null;
            /** Name */
            name: string;
            /**
             * Owner Id
             * @description Defaults to the caller; heads and admins may choose.
             */
            owner_id?: string | null;
            /** Addresses */
            addresses?: components["schemas"]["AddressIn"][];
            /** Contacts */
            contacts?: components["schemas"]["ContactCreate"][];
        };
        /**
         * CustomerFacets
         * @description The values the list's `industry` and `segment` filters can take among the customers
         *     the caller may see, most common first: the filters' pick lists.
         */
        CustomerFacets: {
            /** Industry */
            industry: components["schemas"]["FacetValue"][];
            /** Segment */
            segment: components["schemas"]["FacetValue"][];
        };
        /**
         * CustomerMapPoints
         * @description Every visible customer matching the filters that has coordinates, as compact
         *     `[id, name, latitude, longitude]` tuples (the billing address, else any address with
         *     coordinates; coordinates rounded to 5 decimals, about a metre).
         */
        CustomerMapPoints: {
            /**
             * Points
             * @example [
             *       [
             *         "0190c3a4-5b6d-7e8f-9a0b-1c2d3e4f5a6b",
             *         "Acme Pumps",
             *         28.6139,
             *         77.209
             *       ]
             *     ]
             */
            points: (string | number)[][];
            /**
             * Truncated
             * @description More customers matched than `limit`: only the first `limit` are here
             */
            truncated: boolean;
            /**
             * Without Coordinates
             * @description Matching customers with no address on the map
             */
            without_coordinates: number;
        };
        /** CustomerRead */
        CustomerRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Name */
            name: string;
            /** Legal Name */
            legal_name: string | null;
            /** Tax Id */
            tax_id: string | null;
            /** Industry */
            industry: string | null;
            /** Segment Tags */
            segment_tags: string[];
            /** Rating */
            rating: number | null;
            /** Email */
            email: string | null;
            /** Phone */
            phone: string | null;
            /** Website */
            website: string | null;
            /**
             * Credit Limit
             * @example 1250.00
             */
            credit_limit: string;
            /** Currency */
            currency: string;
            /** Payment Terms Days */
            payment_terms_days: number;
            /** Territory Id */
            territory_id: string | null;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** External Id */
            external_id: string | null;
            /** Email Opt In */
            email_opt_in: boolean;
            /** Sms Opt In */
            sms_opt_in: boolean;
            /** Consent Updated At */
            consent_updated_at: string | null;
            /** Is Archived */
            is_archived: boolean;
            /** Notes */
            notes: string | null;
            /** Addresses */
            addresses: components["schemas"]["AddressRead"][];
            /** Contacts */
            contacts: components["schemas"]["ContactRead"][];
        };
        /** CustomerSummary */
        CustomerSummary: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Name */
            name: string;
            /** Legal Name */
            legal_name: string | null;
            /** Tax Id */
            tax_id: string | null;
            /** Industry */
            industry: string | null;
            /** Segment Tags */
            segment_tags: string[];
            /** Rating */
            rating: number | null;
            /** Email */
            email: string | null;
            /** Phone */
            phone: string | null;
            /** Website */
            website: string | null;
            /**
             * Credit Limit
             * @example 1250.00
             */
            credit_limit: string;
            /** Currency */
            currency: string;
            /** Payment Terms Days */
            payment_terms_days: number;
            /** Territory Id */
            territory_id: string | null;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** External Id */
            external_id: string | null;
            /** Email Opt In */
            email_opt_in: boolean;
            /** Sms Opt In */
            sms_opt_in: boolean;
            /** Consent Updated At */
            consent_updated_at: string | null;
            /** Is Archived */
            is_archived: boolean;
            /** Notes */
            notes: string | null;
            /** Addresses */
            addresses: components["schemas"]["AddressRead"][];
        };
        /** CustomerUpdate */
        CustomerUpdate: {
            /** Legal Name */
            legal_name?: string | null;
            /**
             * Tax Id
             * @description GSTIN, 15 characters
             */
            tax_id?: string | null;
            /** Industry */
            industry?: string | null;
            /** Segment Tags */
            segment_tags?: string[] | null;
            /** Rating */
            rating?: number | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** Website */
            website?: string | null;
            /** Credit Limit */
            credit_limit?: (number | string) | null;
            /** Currency */
            currency?: string | null;
            /** Payment Terms Days */
            payment_terms_days?: number | null;
            /** Territory Id */
            territory_id?: string | null;
            /** External Id */
            external_id?: string | null;
            /** Email Opt In */
            email_opt_in?: boolean | null;
            /** Sms Opt In */
            sms_opt_in?: boolean | null;
            /** Notes */
            notes?: string | null;
            /** Name */
            name?: string | null;
            /** Owner Id */
            owner_id?: string | null;
            /**
             * Addresses
             * @description Replaces all addresses when given
             */
            addresses?: components["schemas"]["AddressIn"][] | null;
        };
        /** DiscountLimitRead */
        DiscountLimitRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            role: components["schemas"]["Role"];
            /**
             * Max Percent
             * @description null: no limit
             */
            max_percent: string | null;
        };
        /** DiscountLimitUpdate */
        DiscountLimitUpdate: {
            /**
             * Max Percent
             * @description The largest discount (percent) given without approval; null: no limit
             */
            max_percent: (number | string) | null;
        };
        /**
         * DuplicateCandidate
         * @description A lead, customer or contact that may be the same party. ``id`` and ``name`` are
         *     empty for records the caller may not see: the answer says a twin exists and on which
         *     field, never whose it is.
         */
        DuplicateCandidate: {
            /**
             * Kind
             * @example lead
             * @example customer
             * @example contact
             */
            kind: string;
            /** Id */
            id: string | null;
            /** Name */
            name: string | null;
            /** Customer Id */
            customer_id?: string | null;
            /**
             * Match Field
             * @example email
             * @example phone
             * @example tax_id
             */
            match_field: string;
            /** Visible */
            visible: boolean;
        };
        /**
         * DuplicateCheck
         * @description What capturing a lead with these details would warn about now: the same candidates
         *     a 409 ``leads.possible_duplicates`` would list, and nothing more.
         */
        DuplicateCheck: {
            /** Candidates */
            candidates: components["schemas"]["DuplicateCandidate"][];
        };
        /** DuplicatesProblem */
        DuplicatesProblem: {
            /**
             * Type
             * @default about:blank
             */
            type: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /** Detail */
            detail?: string | null;
            /** Code */
            code: string;
            /** Request Id */
            request_id?: string | null;
            /** Errors */
            errors?: components["schemas"]["FieldError"][] | null;
            /** Candidates */
            candidates: components["schemas"]["DuplicateCandidate"][];
        };
        /**
         * ExportFormat
         * @enum {string}
         */
        ExportFormat: "csv" | "xlsx";
        /** FacetValue */
        FacetValue: {
            /**
             * Value
             * @description As stored (for industries: the most common spelling)
             */
            value: string;
            /**
             * Count
             * @description Visible customers carrying it
             */
            count: number;
        };
        /** FeedCursor */
        FeedCursor: {
            /**
             * Cursor
             * @description The feed's position now: pull deltas from here
             */
            cursor: string;
        };
        /**
         * FeedEntity
         * @description The records the change feed carries (what the phone keeps a copy of).
         * @enum {string}
         */
        FeedEntity: "customers" | "contacts" | "leads" | "opportunities" | "activities" | "pipelines" | "users" | "teams" | "territories" | "notifications";
        /** FieldError */
        FieldError: {
            /** Loc */
            loc: (string | number)[];
            /** Msg */
            msg: string;
            /** Type */
            type: string;
        };
        /**
         * FieldSpec
         * @description One detail a deal must bring into a stage, e.g. the customer's PO number.
         */
        FieldSpec: {
            /**
             * Key
             * @example po_number
             */
            key: string;
            /**
             * Label
             * @example Customer PO number
             */
            label: string;
            type: components["schemas"]["FieldType"];
            /**
             * Required
             * @default true
             */
            required: boolean;
        };
        /** FieldSpecRead */
        FieldSpecRead: {
            /** Key */
            key: string;
            /** Label */
            label: string;
            type: components["schemas"]["FieldType"];
            /** Required */
            required: boolean;
        };
        /**
         * FieldType
         * @enum {string}
         */
        FieldType: "date" | "text" | "amount";
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /**
         * JobRead
         * @description A background job: what it runs, how it went, and why its last attempt failed.
         */
        JobRead: {
            /** Id */
            id: number;
            /** Queue */
            queue: string;
            /** Task Name */
            task_name: string;
            status: components["schemas"]["JobStatus"];
            /** Attempts */
            attempts: number;
            /** Args */
            args: {
                [key: string]: unknown;
            };
            /** Scheduled At */
            scheduled_at: string | null;
            /** Deferred At */
            deferred_at: string | null;
            /** Last Error */
            last_error: string | null;
            /** Last Error At */
            last_error_at: string | null;
        };
        /**
         * JobStatus
         * @enum {string}
         */
        JobStatus: "todo" | "doing" | "succeeded" | "failed" | "cancelled" | "aborted";
        /** LeadAddress */
        LeadAddress: {
            /**
             * Country
             * @description ISO 3166 code
             * @default IN
             */
            country: string;
            /**
             * State Code
             * @description GST state code (India): 29 is Karnataka
             */
            state_code?: string | null;
            /** State */
            state?: string | null;
            /** Line1 */
            line1?: string | null;
            /** Line2 */
            line2?: string | null;
            /** City */
            city?: string | null;
            /** Postal Code */
            postal_code?: string | null;
            /** Latitude */
            latitude?: number | null;
            /** Longitude */
            longitude?: number | null;
        };
        /** LeadAddressRead */
        LeadAddressRead: {
            /** Line1 */
            line1: string | null;
            /** Line2 */
            line2: string | null;
            /** City */
            city: string | null;
            /** State */
            state: string | null;
            /** State Code */
            state_code: string | null;
            /** Postal Code */
            postal_code: string | null;
            /** Country */
            country: string;
            /** Latitude */
            latitude: number | null;
            /** Longitude */
            longitude: number | null;
        };
        /** LeadAssign */
        LeadAssign: {
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /**
             * Territory Id
             * @description Move the lead to another territory as well
             */
            territory_id?: string | null;
        };
        /**
         * LeadBulk
         * @description One action on many leads; each row is checked like the single action.
         */
        LeadBulk: {
            /**
             * Ids
             * @description The rows to act on (1 to 500; repeats are done once)
             */
            ids: string[];
            /**
             * Action
             * @enum {string}
             */
            action: "reassign" | "change_status";
            /**
             * Owner Id
             * @description The new owner (reassign; needs leads:assign)
             */
            owner_id?: string | null;
            /**
             * Status
             * @description The new status (change_status), by the same rules as the actions
             */
            status?: ("contacted" | "qualified" | "disqualified") | null;
            /**
             * Reason
             * @description Why (disqualified)
             */
            reason?: string | null;
        };
        /** LeadConversion */
        LeadConversion: {
            lead: components["schemas"]["LeadRead"];
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Contact Id */
            contact_id: string | null;
            opportunity: components["schemas"]["OpportunityRead"] | null;
        };
        /**
         * LeadConvert
         * @description Everything optional: by default a new customer (and its contact) is made from the
         *     lead, and a deal opens in the first stage of the default pipeline. When a customer or
         *     contact with the lead's email, phone or tax id exists, the conversion answers 409
         *     ``leads.possible_duplicates`` with the candidates unless ``customer_id`` links one or
         *     ``create_new_customer`` confirms a new customer is wanted.
         */
        LeadConvert: {
            /**
             * Customer Id
             * @description Link this customer
             */
            customer_id?: string | null;
            /**
             * Contact Id
             * @description Link this contact of `customer_id`
             */
            contact_id?: string | null;
            /**
             * Create New Customer
             * @description Make a new customer even though customers with the same details exist
             * @default false
             */
            create_new_customer: boolean;
            /** Title */
            title?: string | null;
            /** Amount */
            amount?: (number | string) | null;
            /** Currency */
            currency?: string | null;
            /**
             * Expected Close Date
             * @description Default: in 90 days
             */
            expected_close_date?: string | null;
            /** Pipeline Id */
            pipeline_id?: string | null;
        };
        /**
         * LeadCounts
         * @description Leads per status, for dashboards (lists never carry totals).
         */
        LeadCounts: {
            /** New */
            new: number;
            /** Contacted */
            contacted: number;
            /** Qualified */
            qualified: number;
            /** Disqualified */
            disqualified: number;
            /** Converted */
            converted: number;
        };
        /** LeadCreate */
        LeadCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Person Name */
            person_name?: string | null;
            /** Job Title */
            job_title?: string | null;
            /** Company Name */
            company_name?: string | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /**
             * Tax Id
             * @description GSTIN, 15 characters
             */
            tax_id?: string | null;
            /** Industry */
            industry?: string | null;
            address?: components["schemas"]["LeadAddress"] | null;
            /** Campaign Ref */
            campaign_ref?: string | null;
            /** Product Interest */
            product_interest?: string | null;
            /** Estimated Value */
            estimated_value?: (number | string) | null;
            /** Currency */
            currency?: string | null;
            /** Notes */
            notes?: string | null;
            source: components["schemas"]["LeadSource"];
            /**
             * Capture Latitude
             * @description Where the phone was when capturing
             */
            capture_latitude?: number | null;
            /** Capture Longitude */
            capture_longitude?: number | null;
            /**
             * Captured At
             * @description When it was captured, with offset (offline phones send it later)
             */
            captured_at?: string | null;
            /**
             * Owner Id
             * @description Heads and admins may choose the owner; otherwise territory rules do
             */
            owner_id?: string | null;
            /**
             * Allow Duplicate
             * @description Create it even when leads or customers with the same email, phone or tax id exist (otherwise 409 leads.possible_duplicates lists them)
             * @default false
             */
            allow_duplicate: boolean;
        };
        /** LeadDisqualify */
        LeadDisqualify: {
            /** Reason */
            reason: string;
        };
        /** LeadRead */
        LeadRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Person Name */
            person_name: string | null;
            /** Job Title */
            job_title: string | null;
            /** Company Name */
            company_name: string | null;
            /** Email */
            email: string | null;
            /** Phone */
            phone: string | null;
            /** Tax Id */
            tax_id: string | null;
            /** Industry */
            industry: string | null;
            address: components["schemas"]["LeadAddressRead"];
            source: components["schemas"]["LeadSource"];
            /** Campaign Ref */
            campaign_ref: string | null;
            /** Product Interest */
            product_interest: string | null;
            /** Estimated Value */
            estimated_value: string | null;
            /** Currency */
            currency: string;
            /** Notes */
            notes: string | null;
            /** Capture Latitude */
            capture_latitude: number | null;
            /** Capture Longitude */
            capture_longitude: number | null;
            /**
             * Captured At
             * Format: date-time
             */
            captured_at: string;
            /** Created By Id */
            created_by_id: string | null;
            status: components["schemas"]["LeadStatus"];
            /**
             * Status Changed At
             * Format: date-time
             */
            status_changed_at: string;
            /** Disqualify Reason */
            disqualify_reason: string | null;
            /** Owner Id */
            owner_id: string | null;
            /** Territory Id */
            territory_id: string | null;
            /** Assigned At */
            assigned_at: string | null;
            /** Last Activity At */
            last_activity_at: string | null;
            /** Score */
            score: number;
            /** Score Factors */
            score_factors: components["schemas"]["ScoreFactorRead"][];
            /** Converted At */
            converted_at: string | null;
            /** Converted Customer Id */
            converted_customer_id: string | null;
            /** Converted Contact Id */
            converted_contact_id: string | null;
            /** Converted Opportunity Id */
            converted_opportunity_id: string | null;
        };
        /**
         * LeadSource
         * @enum {string}
         */
        LeadSource: "field_visit" | "referral" | "web" | "trade_show" | "cold_call" | "campaign" | "import";
        /**
         * LeadStatus
         * @enum {string}
         */
        LeadStatus: "new" | "contacted" | "qualified" | "disqualified" | "converted";
        /**
         * LeadUpdate
         * @description Status, owner and territory change through the actions (contact, qualify,
         *     disqualify, assign, convert), not here.
         */
        LeadUpdate: {
            /** Person Name */
            person_name?: string | null;
            /** Job Title */
            job_title?: string | null;
            /** Company Name */
            company_name?: string | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /**
             * Tax Id
             * @description GSTIN, 15 characters
             */
            tax_id?: string | null;
            /** Industry */
            industry?: string | null;
            address?: components["schemas"]["LeadAddress"] | null;
            /** Campaign Ref */
            campaign_ref?: string | null;
            /** Product Interest */
            product_interest?: string | null;
            /** Estimated Value */
            estimated_value?: (number | string) | null;
            /** Currency */
            currency?: string | null;
            /** Notes */
            notes?: string | null;
            source?: components["schemas"]["LeadSource"] | null;
        };
        /** LineTaxComponent */
        LineTaxComponent: {
            name: components["schemas"]["TaxComponentName"];
            /**
             * Rate
             * @description Percent
             */
            rate: string;
            /** Amount */
            amount: string;
        };
        /**
         * LineTaxRead
         * @description The GST of an amount under a category, as quotes and invoices will compute it.
         */
        LineTaxRead: {
            /**
             * Tax Category Id
             * Format: uuid
             */
            tax_category_id: string;
            /**
             * Currency
             * @description ISO 4217 code
             * @example INR
             */
            currency: string;
            /**
             * Taxable Amount
             * @example 1250.00
             */
            taxable_amount: string;
            treatment: components["schemas"]["TaxTreatment"];
            /** Company State Code */
            company_state_code: string;
            /** Place Of Supply */
            place_of_supply: string | null;
            supply: components["schemas"]["Supply"];
            /** Components */
            components: components["schemas"]["TaxComponentRead"][];
            /**
             * Tax Amount
             * @example 1250.00
             */
            tax_amount: string;
            /**
             * Total
             * @example 1250.00
             */
            total: string;
        };
        /**
         * ListCount
         * @description How many records a list's filters select for the caller (its own endpoint, so the
         *     page stays one statement: the client asks for both at once).
         */
        ListCount: {
            /** Count */
            count: number;
        };
        /**
         * ListKey
         * @enum {string}
         */
        ListKey: "customers" | "leads" | "opportunities" | "activities";
        /**
         * Location
         * @description Where the engineer's phone was (WGS 84), with its accuracy in metres.
         */
        Location: {
            /** Lat */
            lat: number;
            /** Lon */
            lon: number;
            /** Accuracy M */
            accuracy_m?: number | null;
        };
        /** LoginEventRead */
        LoginEventRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            /** Email */
            email: string;
            /** User Id */
            user_id: string | null;
            /** Succeeded */
            succeeded: boolean;
            /** Outcome */
            outcome: string;
            /** Ip Address */
            ip_address: string | null;
            /** User Agent */
            user_agent: string | null;
            /** Device Name */
            device_name: string | null;
        };
        /** LoginRequest */
        LoginRequest: {
            /**
             * Email
             * @example eng1@example.com
             */
            email: string;
            /** Password */
            password: string;
            /**
             * Device Name
             * @example Pixel 8 (Android 16)
             */
            device_name?: string | null;
        };
        /** Me */
        Me: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /** Phone */
            phone: string | null;
            role: components["schemas"]["Role"];
            /** Team Id */
            team_id: string | null;
            /** Is Active */
            is_active: boolean;
            /** Territories */
            territories: components["schemas"]["TerritoryRef"][];
            /** Permissions */
            permissions: components["schemas"]["Permission"][];
        };
        /** NotificationRead */
        NotificationRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /**
             * User Id
             * Format: uuid
             */
            user_id: string;
            /** Kind */
            kind: string;
            /** Title */
            title: string;
            /** Body */
            body: string | null;
            /** Subject Type */
            subject_type: string | null;
            /** Subject Id */
            subject_id: string | null;
            /** Read At */
            read_at: string | null;
        };
        /**
         * OpportunityBulk
         * @description One action on many deals; each row is checked like the single write.
         */
        OpportunityBulk: {
            /**
             * Ids
             * @description The rows to act on (1 to 500; repeats are done once)
             */
            ids: string[];
            /**
             * Action
             * @enum {string}
             */
            action: "reassign" | "change_stage";
            /**
             * Owner Id
             * @description The new owner (reassign; needs opportunities:assign)
             */
            owner_id?: string | null;
            /**
             * Stage Id
             * @description The stage to move to (change_stage), as `/move` does
             */
            stage_id?: string | null;
            /**
             * Details
             * @description The target stage's details, the same for every deal
             */
            details?: {
                [key: string]: unknown;
            };
        };
        /** OpportunityCreate */
        OpportunityCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Contact Id
             * @description A contact of the customer
             */
            contact_id?: string | null;
            /** Title */
            title: string;
            /**
             * Amount
             * @example 1250.00
             */
            amount: number | string;
            /**
             * Currency
             * @description ISO 4217 code
             * @default INR
             * @example INR
             */
            currency: string;
            /**
             * Expected Close Date
             * Format: date
             */
            expected_close_date: string;
            /**
             * Pipeline Id
             * @description Default: the default one
             */
            pipeline_id?: string | null;
            /**
             * Stage Id
             * @description An open stage of the pipeline; default: its first stage
             */
            stage_id?: string | null;
            /**
             * Details
             * @description Values for the target stage's `required_fields`, by key: dates `YYYY-MM-DD`, amounts decimal strings ("125000.00"), text. A lost stage needs `lost_reason` (and takes an optional `competitor`).
             */
            details?: {
                [key: string]: unknown;
            };
            /**
             * Probability
             * @description Overrides the stage's default probability
             */
            probability?: number | null;
            /**
             * Owner Id
             * @description Defaults to the caller; heads and admins may choose
             */
            owner_id?: string | null;
            /** Notes */
            notes?: string | null;
        };
        /** OpportunityRead */
        OpportunityRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Customer Name
             * @description Empty when the caller may not see the customer
             */
            customer_name?: string | null;
            /** Contact Id */
            contact_id: string | null;
            /** Title */
            title: string;
            /**
             * Amount
             * @example 1250.00
             */
            amount: string;
            /** Currency */
            currency: string;
            /**
             * Expected Close Date
             * Format: date
             */
            expected_close_date: string;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** Territory Id */
            territory_id: string | null;
            /**
             * Pipeline Id
             * Format: uuid
             */
            pipeline_id: string;
            /**
             * Stage Id
             * Format: uuid
             */
            stage_id: string;
            status: components["schemas"]["OpportunityStatus"];
            /** Probability */
            probability: number;
            /**
             * Weighted Amount
             * @description amount x probability / 100, rounded half-up
             * @example 1250.00
             */
            weighted_amount: string;
            /**
             * Stage Entered At
             * Format: date-time
             */
            stage_entered_at: string;
            /** Closed At */
            closed_at: string | null;
            /**
             * Closed From Stage Id
             * @description The open stage the deal closed from (where a reopen returns by default)
             */
            closed_from_stage_id: string | null;
            /**
             * Skipped Stage Ids
             * @description Open stages before the current one (or the one it closed from) that the deal went past without entering: a stage bar shows them as skipped, not done
             */
            skipped_stage_ids: string[];
            /** Lost Reason */
            lost_reason: string | null;
            /** Competitor */
            competitor: string | null;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /** Source Lead Id */
            source_lead_id: string | null;
            /** Notes */
            notes: string | null;
        };
        /** OpportunityReopen */
        OpportunityReopen: {
            /**
             * Stage Id
             * @description An open stage of the deal's pipeline; default: the stage it closed from
             */
            stage_id?: string | null;
            /**
             * Details
             * @description Details the target stage requires that the deal does not hold yet (and, going past the stage it closed from, those of the stages in between)
             */
            details?: {
                [key: string]: unknown;
            };
            /**
             * Probability
             * @description Overrides the stage's default probability
             */
            probability?: number | null;
            /**
             * Reason
             * @description Why the deal is reopened (kept in history)
             */
            reason?: string | null;
        };
        /**
         * OpportunityStatus
         * @enum {string}
         */
        OpportunityStatus: "open" | "won" | "lost";
        /**
         * OpportunityUpdate
         * @description Stage and status change only through `/move`; the customer never changes.
         */
        OpportunityUpdate: {
            /** Contact Id */
            contact_id?: string | null;
            /** Title */
            title?: string | null;
            /** Amount */
            amount?: (number | string) | null;
            /** Currency */
            currency?: string | null;
            /** Expected Close Date */
            expected_close_date?: string | null;
            /**
             * Probability
             * @description Overrides the stage's default probability
             */
            probability?: number | null;
            /**
             * Owner Id
             * @description Needs opportunities:assign
             */
            owner_id?: string | null;
            /** Notes */
            notes?: string | null;
        };
        /** Page[ActivityRead] */
        Page_ActivityRead_: {
            /** Items */
            items: components["schemas"]["ActivityRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[AuditEntryRead] */
        Page_AuditEntryRead_: {
            /** Items */
            items: components["schemas"]["AuditEntryRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[CustomerSummary] */
        Page_CustomerSummary_: {
            /** Items */
            items: components["schemas"]["CustomerSummary"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[JobRead] */
        Page_JobRead_: {
            /** Items */
            items: components["schemas"]["JobRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[LeadRead] */
        Page_LeadRead_: {
            /** Items */
            items: components["schemas"]["LeadRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[LoginEventRead] */
        Page_LoginEventRead_: {
            /** Items */
            items: components["schemas"]["LoginEventRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[NotificationRead] */
        Page_NotificationRead_: {
            /** Items */
            items: components["schemas"]["NotificationRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[OpportunityRead] */
        Page_OpportunityRead_: {
            /** Items */
            items: components["schemas"]["OpportunityRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[PriceListLineRead] */
        Page_PriceListLineRead_: {
            /** Items */
            items: components["schemas"]["PriceListLineRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[PriceListRead] */
        Page_PriceListRead_: {
            /** Items */
            items: components["schemas"]["PriceListRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[ProductGroupRead] */
        Page_ProductGroupRead_: {
            /** Items */
            items: components["schemas"]["ProductGroupRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[ProductRead] */
        Page_ProductRead_: {
            /** Items */
            items: components["schemas"]["ProductRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[QuoteSummaryRead] */
        Page_QuoteSummaryRead_: {
            /** Items */
            items: components["schemas"]["QuoteSummaryRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[TaxCategoryRead] */
        Page_TaxCategoryRead_: {
            /** Items */
            items: components["schemas"]["TaxCategoryRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[TimelineEventRead] */
        Page_TimelineEventRead_: {
            /** Items */
            items: components["schemas"]["TimelineEventRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** Page[UserRead] */
        Page_UserRead_: {
            /** Items */
            items: components["schemas"]["UserRead"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * Permission
         * @description Named permissions; the clients hide what a user may not do with the same names.
         * @enum {string}
         */
        Permission: "customers:read" | "customers:write" | "customers:reassign" | "users:read" | "users:manage" | "teams:manage" | "territories:manage" | "audit:read" | "login_report:read" | "leads:read" | "leads:write" | "leads:assign" | "pipelines:manage" | "opportunities:read" | "opportunities:write" | "opportunities:assign" | "lead_scoring:manage" | "activities:read" | "activities:write" | "jobs:manage" | "products:read" | "products:write" | "prices:write" | "taxes:write" | "discounts:manage" | "quotes:read" | "quotes:write" | "quotes:approve";
        /** PipelineCreate */
        PipelineCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Name */
            name: string;
            /** Description */
            description?: string | null;
            /**
             * Is Default
             * @default false
             */
            is_default: boolean;
            /**
             * Stages
             * @description In order; at least one open stage, one won and one lost stage
             */
            stages: components["schemas"]["StageIn"][];
        };
        /** PipelineRead */
        PipelineRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Name */
            name: string;
            /** Description */
            description: string | null;
            /** Is Default */
            is_default: boolean;
            /** Stages */
            stages: components["schemas"]["StageRead"][];
        };
        /** PipelineUpdate */
        PipelineUpdate: {
            /** Name */
            name?: string | null;
            /** Description */
            description?: string | null;
            /**
             * Is Default
             * @description true makes this the default (the previous default stops being one)
             */
            is_default?: boolean | null;
        };
        /** PriceListCreate */
        PriceListCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Name */
            name: string;
            /**
             * Currency
             * @description ISO 4217 code
             * @default INR
             * @example INR
             */
            currency: string;
            /**
             * Valid From
             * Format: date
             */
            valid_from: string;
            /**
             * Valid To
             * @description Last day; empty: open-ended
             */
            valid_to?: string | null;
            /** @default default */
            scope: components["schemas"]["PriceListScope"];
            /**
             * Segment
             * @description A customer segment tag
             */
            segment?: string | null;
            /** Customer Id */
            customer_id?: string | null;
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
            /** Notes */
            notes?: string | null;
            /** Lines */
            lines?: components["schemas"]["PriceListLineCreate"][];
        };
        /** PriceListLineCreate */
        PriceListLineCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /**
             * Product Id
             * Format: uuid
             */
            product_id: string;
            /**
             * Min Quantity
             * @description The price applies from this quantity up
             * @default 1
             * @example 10
             */
            min_quantity: number | string;
            /**
             * Unit Price
             * @example 1249.9900
             */
            unit_price: number | string;
        };
        /** PriceListLineRead */
        PriceListLineRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /**
             * Price List Id
             * Format: uuid
             */
            price_list_id: string;
            /**
             * Product Id
             * Format: uuid
             */
            product_id: string;
            /**
             * Min Quantity
             * @example 10
             */
            min_quantity: string;
            /**
             * Unit Price
             * @example 1249.9900
             */
            unit_price: string;
        };
        /** PriceListLineUpdate */
        PriceListLineUpdate: {
            /** Min Quantity */
            min_quantity?: (number | string) | null;
            /** Unit Price */
            unit_price?: (number | string) | null;
        };
        /** PriceListRead */
        PriceListRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Name */
            name: string;
            /** Currency */
            currency: string;
            /**
             * Valid From
             * Format: date
             */
            valid_from: string;
            /** Valid To */
            valid_to: string | null;
            scope: components["schemas"]["PriceListScope"];
            /** Segment */
            segment: string | null;
            /** Customer Id */
            customer_id: string | null;
            /** Is Active */
            is_active: boolean;
            /** Notes */
            notes: string | null;
        };
        /**
         * PriceListScope
         * @enum {string}
         */
        PriceListScope: "default" | "segment" | "customer";
        /**
         * PriceListUpdate
         * @description The currency is fixed (the lines' prices are in it): make a new list instead.
         */
        PriceListUpdate: {
            /** Name */
            name?: string | null;
            /** Valid From */
            valid_from?: string | null;
            /** Valid To */
            valid_to?: string | null;
            scope?: components["schemas"]["PriceListScope"] | null;
            /** Segment */
            segment?: string | null;
            /** Customer Id */
            customer_id?: string | null;
            /**
             * Is Active
             * @description false: no longer applies
             */
            is_active?: boolean | null;
            /** Notes */
            notes?: string | null;
        };
        /**
         * PriceRead
         * @description The unit price of a product for a customer, and the rule that gave it.
         */
        PriceRead: {
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Product Id
             * Format: uuid
             */
            product_id: string;
            /**
             * Quantity
             * @example 10
             */
            quantity: string;
            /**
             * Priced On
             * Format: date
             * @description The date the price applies on
             */
            priced_on: string;
            /** Currency */
            currency: string;
            /**
             * Unit Price
             * @example 1249.9900
             */
            unit_price: string;
            /** @description The customer's own list, its segment's, the default list, or (no list prices the product) the product's list price */
            source: components["schemas"]["PriceSource"];
            /** Price List Id */
            price_list_id: string | null;
            /** Price List Name */
            price_list_name: string | null;
            /**
             * Segment
             * @description The segment of a segment list that applied
             */
            segment: string | null;
            /** Line Id */
            line_id: string | null;
            /**
             * Min Quantity
             * @description The quantity break that applied
             */
            min_quantity: string | null;
        };
        /**
         * PriceSource
         * @description Which rule gave a price (decision 0015).
         * @enum {string}
         */
        PriceSource: "customer_list" | "segment_list" | "default_list" | "list_price";
        /**
         * Problem
         * @description The error body of every 4xx/5xx answer.
         */
        Problem: {
            /**
             * Type
             * @default about:blank
             */
            type: string;
            /** Title */
            title: string;
            /** Status */
            status: number;
            /** Detail */
            detail?: string | null;
            /** Code */
            code: string;
            /** Request Id */
            request_id?: string | null;
            /** Errors */
            errors?: components["schemas"]["FieldError"][] | null;
        };
        /** ProductCreate */
        ProductCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Description */
            description?: string | null;
            /** Group Id */
            group_id?: string | null;
            /**
             * Hsn Sac Code
             * @description HSN (goods) or SAC (services) code
             */
            hsn_sac_code?: string | null;
            /**
             * Cost
             * @description Unit cost
             */
            cost?: (number | string) | null;
            /**
             * External Id
             * @description The product's id in the ERP
             */
            external_id?: string | null;
            /**
             * Sku
             * @example PMP-0100
             */
            sku: string;
            /** Name */
            name: string;
            /**
             * Unit
             * @default nos
             * @example nos
             * @example kg
             * @example hr
             */
            unit: string;
            /** @default goods */
            kind: components["schemas"]["ProductKind"];
            /**
             * Tax Category Id
             * Format: uuid
             */
            tax_category_id: string;
            /**
             * List Price
             * @description Unit price before any price list
             * @example 1249.9900
             */
            list_price: number | string;
            /**
             * Currency
             * @description ISO 4217 code
             * @default INR
             * @example INR
             */
            currency: string;
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
        };
        /** ProductGroupCreate */
        ProductGroupCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /**
             * Name
             * @example Pumps
             */
            name: string;
            /** Description */
            description?: string | null;
        };
        /** ProductGroupRead */
        ProductGroupRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Name */
            name: string;
            /** Description */
            description: string | null;
        };
        /** ProductGroupUpdate */
        ProductGroupUpdate: {
            /** Name */
            name?: string | null;
            /** Description */
            description?: string | null;
        };
        /**
         * ProductKind
         * @enum {string}
         */
        ProductKind: "goods" | "service";
        /** ProductRead */
        ProductRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Sku */
            sku: string;
            /** Name */
            name: string;
            /** Description */
            description: string | null;
            /** Group Id */
            group_id: string | null;
            /** Unit */
            unit: string;
            kind: components["schemas"]["ProductKind"];
            /** Hsn Sac Code */
            hsn_sac_code: string | null;
            /**
             * Tax Category Id
             * Format: uuid
             */
            tax_category_id: string;
            /**
             * List Price
             * @example 1249.9900
             */
            list_price: string;
            /** Currency */
            currency: string;
            /** Cost */
            cost: string | null;
            /** Is Active */
            is_active: boolean;
            /** External Id */
            external_id: string | null;
        };
        /** ProductUpdate */
        ProductUpdate: {
            /** Description */
            description?: string | null;
            /** Group Id */
            group_id?: string | null;
            /**
             * Hsn Sac Code
             * @description HSN (goods) or SAC (services) code
             */
            hsn_sac_code?: string | null;
            /**
             * Cost
             * @description Unit cost
             */
            cost?: (number | string) | null;
            /**
             * External Id
             * @description The product's id in the ERP
             */
            external_id?: string | null;
            /** Sku */
            sku?: string | null;
            /** Name */
            name?: string | null;
            /** Unit */
            unit?: string | null;
            kind?: components["schemas"]["ProductKind"] | null;
            /** Tax Category Id */
            tax_category_id?: string | null;
            /** List Price */
            list_price?: (number | string) | null;
            /** Currency */
            currency?: string | null;
            /**
             * Is Active
             * @description false: no longer sold (products are never deleted)
             */
            is_active?: boolean | null;
        };
        /** QuoteAccept */
        QuoteAccept: {
            /**
             * Chosen Optional Line Ids
             * @description Optional lines the customer took
             */
            chosen_optional_line_ids?: string[];
            location?: components["schemas"]["Location"] | null;
        };
        /** QuoteCreate */
        QuoteCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /** Contact Id */
            contact_id?: string | null;
            /**
             * Opportunity Id
             * @description A deal of the customer
             */
            opportunity_id?: string | null;
            /**
             * Currency
             * @description Default: the customer's
             */
            currency?: string | null;
            /**
             * Quote Date
             * @description Default: today
             */
            quote_date?: string | null;
            /**
             * Valid Until
             * @description Default: 30 days on
             */
            valid_until?: string | null;
            /** Terms */
            terms?: string | null;
            /** Notes */
            notes?: string | null;
            /** Lines */
            lines?: components["schemas"]["QuoteLineIn"][];
            /** @description The phone's, on creating */
            location?: components["schemas"]["Location"] | null;
        };
        /** QuoteLineIn */
        QuoteLineIn: {
            /**
             * Product Id
             * Format: uuid
             */
            product_id: string;
            /**
             * Description
             * @description Default: the product's name
             */
            description?: string | null;
            /**
             * Quantity
             * @example 10
             */
            quantity: number | string;
            /**
             * Unit Price
             * @description Default: the price list's price for the customer, quantity and quote date (GET /prices); sent, it overrides that price
             */
            unit_price?: (number | string) | null;
            /**
             * Discount Percent
             * @default 0
             * @example 18
             */
            discount_percent: number | string;
            /**
             * Is Optional
             * @description Offered, counted in the totals only when chosen on accept
             * @default false
             */
            is_optional: boolean;
        };
        /** QuoteLineRead */
        QuoteLineRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /**
             * Quote Id
             * Format: uuid
             */
            quote_id: string;
            /** Position */
            position: number;
            /**
             * Product Id
             * Format: uuid
             */
            product_id: string;
            /** Description */
            description: string;
            /**
             * Quantity
             * @example 10
             */
            quantity: string;
            /** Unit */
            unit: string;
            /**
             * Unit Price
             * @example 1249.9900
             */
            unit_price: string;
            /**
             * Price Source
             * @description price list rule that gave it, or manual
             */
            price_source: string;
            /**
             * Discount Percent
             * @example 18
             */
            discount_percent: string;
            /**
             * Tax Category Id
             * Format: uuid
             */
            tax_category_id: string;
            /**
             * Tax Rate
             * @example 18
             */
            tax_rate: string;
            /** Tax Treatment */
            tax_treatment: string;
            /** Is Optional */
            is_optional: boolean;
            /** Is Selected */
            is_selected: boolean;
            /** Currency */
            currency: string;
            /**
             * Gross Amount
             * @example 1250.00
             */
            gross_amount: string;
            /**
             * Discount Amount
             * @example 1250.00
             */
            discount_amount: string;
            /**
             * Taxable Amount
             * @example 1250.00
             */
            taxable_amount: string;
            /**
             * Tax Amount
             * @example 1250.00
             */
            tax_amount: string;
            /**
             * Line Total
             * @example 1250.00
             */
            line_total: string;
            /** Tax Components */
            tax_components: components["schemas"]["LineTaxComponent"][];
        };
        /**
         * QuoteRead
         * @description A quote with its lines, tax table and the locations recorded.
         */
        QuoteRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Number */
            number: string;
            /** Revision */
            revision: number;
            /** Display Number */
            display_number: string;
            /** Is Current */
            is_current: boolean;
            /** Revised From Id */
            revised_from_id: string | null;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Customer Name
             * @description Empty when the caller may not see the customer
             */
            customer_name?: string | null;
            /** Contact Id */
            contact_id: string | null;
            /** Opportunity Id */
            opportunity_id: string | null;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** Territory Id */
            territory_id: string | null;
            status: components["schemas"]["QuoteStatus"];
            /** Currency */
            currency: string;
            /**
             * Quote Date
             * Format: date
             */
            quote_date: string;
            /**
             * Valid Until
             * Format: date
             */
            valid_until: string;
            /** Place Of Supply */
            place_of_supply: string | null;
            /** Supply */
            supply: string;
            /**
             * Subtotal
             * @example 1250.00
             */
            subtotal: string;
            /**
             * Discount Total
             * @example 1250.00
             */
            discount_total: string;
            /**
             * Taxable Total
             * @example 1250.00
             */
            taxable_total: string;
            /**
             * Tax Total
             * @example 1250.00
             */
            tax_total: string;
            /**
             * Grand Total
             * @example 1250.00
             */
            grand_total: string;
            /** Tax Components */
            tax_components: components["schemas"]["TaxComponentAmount"][];
            /**
             * Max Discount Percent
             * @example 18
             */
            max_discount_percent: string;
            /** Needs Approval */
            needs_approval: boolean;
            /** Submitted At */
            submitted_at: string | null;
            /** Approved At */
            approved_at: string | null;
            /** Approved By Id */
            approved_by_id: string | null;
            /** Approval Comment */
            approval_comment: string | null;
            /** Sent At */
            sent_at: string | null;
            /** Accepted At */
            accepted_at: string | null;
            /** Rejected At */
            rejected_at: string | null;
            /** Terms */
            terms: string | null;
            /** Notes */
            notes: string | null;
            /** Tax Breakdown */
            tax_breakdown: components["schemas"]["TaxBreakdownRow"][];
            /** Accepted By Id */
            accepted_by_id: string | null;
            /** Rejection Reason */
            rejection_reason: string | null;
            /** Created Lat */
            created_lat: number | null;
            /** Created Lon */
            created_lon: number | null;
            /** Created Accuracy M */
            created_accuracy_m: number | null;
            /** Accepted Lat */
            accepted_lat: number | null;
            /** Accepted Lon */
            accepted_lon: number | null;
            /** Accepted Accuracy M */
            accepted_accuracy_m: number | null;
            /** Lines */
            lines: components["schemas"]["QuoteLineRead"][];
        };
        /** QuoteReject */
        QuoteReject: {
            /** Reason */
            reason?: string | null;
        };
        /**
         * QuoteStatus
         * @enum {string}
         */
        QuoteStatus: "draft" | "pending_approval" | "approved" | "sent" | "accepted" | "rejected" | "expired";
        /**
         * QuoteSummaryRead
         * @description A quote in a list (without its lines).
         */
        QuoteSummaryRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Number */
            number: string;
            /** Revision */
            revision: number;
            /** Display Number */
            display_number: string;
            /** Is Current */
            is_current: boolean;
            /** Revised From Id */
            revised_from_id: string | null;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Customer Name
             * @description Empty when the caller may not see the customer
             */
            customer_name?: string | null;
            /** Contact Id */
            contact_id: string | null;
            /** Opportunity Id */
            opportunity_id: string | null;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** Territory Id */
            territory_id: string | null;
            status: components["schemas"]["QuoteStatus"];
            /** Currency */
            currency: string;
            /**
             * Quote Date
             * Format: date
             */
            quote_date: string;
            /**
             * Valid Until
             * Format: date
             */
            valid_until: string;
            /** Place Of Supply */
            place_of_supply: string | null;
            /** Supply */
            supply: string;
            /**
             * Subtotal
             * @example 1250.00
             */
            subtotal: string;
            /**
             * Discount Total
             * @example 1250.00
             */
            discount_total: string;
            /**
             * Taxable Total
             * @example 1250.00
             */
            taxable_total: string;
            /**
             * Tax Total
             * @example 1250.00
             */
            tax_total: string;
            /**
             * Grand Total
             * @example 1250.00
             */
            grand_total: string;
            /** Tax Components */
            tax_components: components["schemas"]["TaxComponentAmount"][];
            /**
             * Max Discount Percent
             * @example 18
             */
            max_discount_percent: string;
            /** Needs Approval */
            needs_approval: boolean;
            /** Submitted At */
            submitted_at: string | null;
            /** Approved At */
            approved_at: string | null;
            /** Approved By Id */
            approved_by_id: string | null;
            /** Approval Comment */
            approval_comment: string | null;
            /** Sent At */
            sent_at: string | null;
            /** Accepted At */
            accepted_at: string | null;
            /** Rejected At */
            rejected_at: string | null;
        };
        /**
         * QuoteUpdate
         * @description Any change to an approved, pending or sent quote sends it back to draft (it must
         *     be submitted, and approved if needed, again). ``lines`` replaces every line.
         */
        QuoteUpdate: {
            /** Contact Id */
            contact_id?: string | null;
            /** Opportunity Id */
            opportunity_id?: string | null;
            /** Valid Until */
            valid_until?: string | null;
            /** Terms */
            terms?: string | null;
            /** Notes */
            notes?: string | null;
            /** Lines */
            lines?: components["schemas"]["QuoteLineIn"][] | null;
        };
        /** RefreshRequest */
        RefreshRequest: {
            /** Refresh Token */
            refresh_token: string;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "admin" | "sales_head" | "sales_engineer";
        /** SavedViewCreate */
        SavedViewCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Name */
            name: string;
            list_key: components["schemas"]["ListKey"];
            /**
             * Filters
             * @description The list's query parameters, as the list takes them
             */
            filters?: {
                [key: string]: unknown;
            };
            /** Sort */
            sort?: string | null;
            /**
             * Is Shared
             * @description Shared with the owner's team (a head's) or with everyone (an admin's); an engineer's views are their own
             * @default false
             */
            is_shared: boolean;
        };
        /** SavedViewRead */
        SavedViewRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id: string;
            /** Team Id */
            team_id: string | null;
            /** Name */
            name: string;
            list_key: components["schemas"]["ListKey"];
            /** Filters */
            filters: {
                [key: string]: unknown;
            };
            /** Sort */
            sort: string | null;
            /** Is Shared */
            is_shared: boolean;
        };
        /** SavedViewUpdate */
        SavedViewUpdate: {
            /** Name */
            name?: string | null;
            /** Filters */
            filters?: {
                [key: string]: unknown;
            } | null;
            /** Sort */
            sort?: string | null;
            /**
             * Is Shared
             * @description Shared with the owner's team (a head's) or with everyone (an admin's); an engineer's views are their own
             */
            is_shared?: boolean | null;
        };
        /** ScoreFactorRead */
        ScoreFactorRead: {
            /** Factor */
            factor: string;
            /** Points */
            points: number;
            /** Reason */
            reason: string;
        };
        /**
         * ScoringFactor
         * @enum {string}
         */
        ScoringFactor: "source" | "value" | "industry" | "completeness" | "recent_activity";
        /** ScoringRuleIn */
        ScoringRuleIn: {
            factor: components["schemas"]["ScoringFactor"];
            /**
             * Match
             * @description Source, industry or detail field
             */
            match?: string | null;
            /**
             * Threshold
             * @description Minimum value (INR) or maximum days since activity
             */
            threshold?: number | string | null;
            /** Points */
            points: number;
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
        };
        /** ScoringRuleRead */
        ScoringRuleRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            factor: components["schemas"]["ScoringFactor"];
            /** Match */
            match: string | null;
            /** Threshold */
            threshold: string | null;
            /** Points */
            points: number;
            /** Is Active */
            is_active: boolean;
        };
        /** ScoringRules */
        ScoringRules: {
            /** Rules */
            rules: components["schemas"]["ScoringRuleIn"][];
        };
        /** StageCreate */
        StageCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Name */
            name: string;
            /** Probability */
            probability: number;
            /** @default open */
            kind: components["schemas"]["StageKind"];
            /** Required Fields */
            required_fields?: components["schemas"]["FieldSpec"][];
            /**
             * Position
             * @description 1-based place among the stages; by default after the last open stage
             */
            position?: number | null;
        };
        /**
         * StageHistoryKind
         * @description What a history row records: the deal opened, a move, or a closed deal reopened.
         * @enum {string}
         */
        StageHistoryKind: "opened" | "moved" | "reopened";
        /** StageHistoryRead */
        StageHistoryRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Opportunity Id
             * Format: uuid
             */
            opportunity_id: string;
            /** From Stage Id */
            from_stage_id: string | null;
            /**
             * To Stage Id
             * Format: uuid
             */
            to_stage_id: string;
            /**
             * Moved At
             * Format: date-time
             */
            moved_at: string;
            /** Moved By Id */
            moved_by_id: string | null;
            /**
             * Moved By Name
             * @description The mover's full name (empty for the system or an API key)
             */
            moved_by_name: string | null;
            /**
             * Moved By Label
             * @description Who moved it as recorded then (an email)
             */
            moved_by_label: string;
            kind: components["schemas"]["StageHistoryKind"];
            /** Seconds In Previous Stage */
            seconds_in_previous_stage: number | null;
            /** Probability */
            probability: number;
            /** Details */
            details: {
                [key: string]: unknown;
            };
            /**
             * Passed Stage Ids
             * @description Stages gone past in this move whose details it brought (passed through)
             */
            passed_stage_ids: string[];
            /**
             * Skipped Stage Ids
             * @description Stages gone past in this move that asked for nothing (skipped)
             */
            skipped_stage_ids: string[];
            /**
             * Reason
             * @description Why a closed deal was reopened
             */
            reason: string | null;
        };
        /** StageIn */
        StageIn: {
            /** Name */
            name: string;
            /** Probability */
            probability: number;
            /** @default open */
            kind: components["schemas"]["StageKind"];
            /** Required Fields */
            required_fields?: components["schemas"]["FieldSpec"][];
        };
        /**
         * StageKind
         * @enum {string}
         */
        StageKind: "open" | "won" | "lost";
        /** StageMove */
        StageMove: {
            /**
             * Stage Id
             * Format: uuid
             */
            stage_id: string;
            /**
             * Details
             * @description Values for the target stage's `required_fields`, by key: dates `YYYY-MM-DD`, amounts decimal strings ("125000.00"), text. A lost stage needs `lost_reason` (and takes an optional `competitor`). A forward move that goes past open stages asking for details also brings theirs, in the same object (values the deal already holds count): the deal passes through those stages; stages asking for nothing are recorded as skipped.
             */
            details?: {
                [key: string]: unknown;
            };
            /**
             * Probability
             * @description Overrides the new stage's default (ignored for won: 100, lost: 0)
             */
            probability?: number | null;
        };
        /** StageOrder */
        StageOrder: {
            /**
             * Stage Ids
             * @description Every stage of the pipeline, in the new order
             */
            stage_ids: string[];
        };
        /** StageRead */
        StageRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /**
             * Pipeline Id
             * Format: uuid
             */
            pipeline_id: string;
            /** Name */
            name: string;
            /** Position */
            position: number;
            /** Probability */
            probability: number;
            kind: components["schemas"]["StageKind"];
            /** Required Fields */
            required_fields: components["schemas"]["FieldSpecRead"][];
        };
        /**
         * StageUpdate
         * @description A stage's kind is fixed once created: deals already in it were closed (or not) by it.
         */
        StageUpdate: {
            /** Name */
            name?: string | null;
            /** Probability */
            probability?: number | null;
            /** Required Fields */
            required_fields?: components["schemas"]["FieldSpec"][] | null;
        };
        /**
         * Supply
         * @enum {string}
         */
        Supply: "intra_state" | "inter_state";
        /**
         * TaxBreakdownRow
         * @description One row of the tax table: per component and rate.
         */
        TaxBreakdownRow: {
            name: components["schemas"]["TaxComponentName"];
            /** Rate */
            rate: string;
            /** Taxable Amount */
            taxable_amount: string;
            /** Amount */
            amount: string;
        };
        /** TaxCategoryCreate */
        TaxCategoryCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /**
             * Code
             * @example GST18
             */
            code: string;
            /**
             * Name
             * @example GST 18%
             */
            name: string;
            /** Description */
            description?: string | null;
            /** @default taxable */
            treatment: components["schemas"]["TaxTreatment"];
            /**
             * Rate
             * @description Percent, e.g. "18"
             * @default 0
             * @example 18
             */
            rate: number | string;
            /**
             * Is Active
             * @default true
             */
            is_active: boolean;
        };
        /** TaxCategoryRead */
        TaxCategoryRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Description */
            description: string | null;
            treatment: components["schemas"]["TaxTreatment"];
            /**
             * Rate
             * @example 18
             */
            rate: string;
            /** Is Active */
            is_active: boolean;
        };
        /**
         * TaxCategoryUpdate
         * @description A new rate applies to documents made from now on; issued ones keep theirs.
         */
        TaxCategoryUpdate: {
            /** Code */
            code?: string | null;
            /** Name */
            name?: string | null;
            /** Description */
            description?: string | null;
            treatment?: components["schemas"]["TaxTreatment"] | null;
            /** Rate */
            rate?: (number | string) | null;
            /** Is Active */
            is_active?: boolean | null;
        };
        /**
         * TaxComponentAmount
         * @description A document's tax per component; the amount at the currency's minor unit.
         */
        TaxComponentAmount: {
            name: components["schemas"]["TaxComponentName"];
            /** Amount */
            amount: string;
        };
        /**
         * TaxComponentName
         * @enum {string}
         */
        TaxComponentName: "CGST" | "SGST" | "IGST";
        /** TaxComponentRead */
        TaxComponentRead: {
            name: components["schemas"]["TaxComponentName"];
            /**
             * Rate
             * @example 18
             */
            rate: string;
            /**
             * Amount
             * @example 1250.00
             */
            amount: string;
            /** Currency */
            currency: string;
        };
        /**
         * TaxTreatment
         * @description How a tax category taxes a supply.
         * @enum {string}
         */
        TaxTreatment: "taxable" | "zero_rated" | "exempt";
        /**
         * TeamAgenda
         * @description The agenda of several people (a head's team, or chosen engineers).
         */
        TeamAgenda: {
            /** Activities */
            activities: components["schemas"]["ActivityRead"][];
            /** Overdue */
            overdue: components["schemas"]["ActivityRead"][];
            /** Reminders */
            reminders: components["schemas"]["ActivityRead"][];
            /**
             * Truncated
             * @description More activities fell in the range than the 1000 listed: narrow it
             */
            truncated: boolean;
        };
        /** TeamCreate */
        TeamCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Name */
            name: string;
            /** Head Id */
            head_id?: string | null;
        };
        /** TeamRead */
        TeamRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Name */
            name: string;
            /** Head Id */
            head_id: string | null;
        };
        /** TeamUpdate */
        TeamUpdate: {
            /** Name */
            name?: string | null;
            /** Head Id */
            head_id?: string | null;
        };
        /** TerritoryCreate */
        TerritoryCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /** Name */
            name: string;
            /** Region */
            region: string;
            /** Parent Id */
            parent_id?: string | null;
            /** Postal Prefixes */
            postal_prefixes?: string[];
        };
        /** TerritoryRead */
        TerritoryRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Name */
            name: string;
            /** Region */
            region: string;
            /** Parent Id */
            parent_id: string | null;
            /** Postal Prefixes */
            postal_prefixes: string[];
        };
        /** TerritoryRef */
        TerritoryRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Region */
            region: string;
        };
        /** TerritoryUpdate */
        TerritoryUpdate: {
            /** Name */
            name?: string | null;
            /** Region */
            region?: string | null;
            /** Parent Id */
            parent_id?: string | null;
            /** Postal Prefixes */
            postal_prefixes?: string[] | null;
        };
        /**
         * TimelineEventRead
         * @description One thing that happened with the customer, from the event stream.
         */
        TimelineEventRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id: string;
            /**
             * Occurred At
             * Format: date-time
             */
            occurred_at: string;
            kind: components["schemas"]["TimelineKind"];
            /** Title */
            title: string;
            /**
             * Subject Type
             * @description The record's table, e.g. opportunities
             */
            subject_type: string;
            /**
             * Subject Id
             * Format: uuid
             */
            subject_id: string;
            /** Actor Id */
            actor_id: string | null;
            /** Actor Label */
            actor_label: string | null;
            /** Data */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * TimelineKind
         * @description The event types a customer's timeline shows (the client picks icons by prefix).
         * @enum {string}
         */
        TimelineKind: "customer.created" | "customer.updated" | "customer.archived" | "customer.unarchived" | "contact.created" | "contact.updated" | "contact.archived" | "lead.converted" | "opportunity.created" | "opportunity.updated" | "opportunity.stage_changed" | "opportunity.won" | "opportunity.lost" | "opportunity.reopened" | "activity.planned" | "activity.completed" | "activity.cancelled" | "quote.created" | "quote.submitted" | "quote.approved" | "quote.declined" | "quote.sent" | "quote.accepted" | "quote.rejected" | "quote.expired" | "quote.revised";
        /** TokenPair */
        TokenPair: {
            /** Access Token */
            access_token: string;
            /** Refresh Token */
            refresh_token: string;
            /**
             * Token Type
             * @default bearer
             */
            token_type: string;
            /**
             * Expires In
             * @description Seconds until the access token expires
             */
            expires_in: number;
        };
        /**
         * TombstoneReason
         * @enum {string}
         */
        TombstoneReason: "deleted" | "archived" | "out_of_scope";
        /** UnreadCount */
        UnreadCount: {
            /** Unread */
            unread: number;
        };
        /** UserCreate */
        UserCreate: {
            /**
             * Id
             * @description Client-chosen UUID; sending the same id again returns the first record.
             */
            id?: string | null;
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Full Name */
            full_name: string;
            /** Phone */
            phone?: string | null;
            /** Password */
            password: string;
            role: components["schemas"]["Role"];
            /** Team Id */
            team_id?: string | null;
            /** Territory Ids */
            territory_ids?: string[];
        };
        /** UserRead */
        UserRead: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Email */
            email: string;
            /** Full Name */
            full_name: string;
            /** Phone */
            phone: string | null;
            role: components["schemas"]["Role"];
            /** Team Id */
            team_id: string | null;
            /** Is Active */
            is_active: boolean;
            /** Territories */
            territories: components["schemas"]["TerritoryRef"][];
        };
        /** UserUpdate */
        UserUpdate: {
            /** Full Name */
            full_name?: string | null;
            /** Phone */
            phone?: string | null;
            /** Password */
            password?: string | null;
            role?: components["schemas"]["Role"] | null;
            /** Team Id */
            team_id?: string | null;
            /** Territory Ids */
            territory_ids?: string[] | null;
            /** Is Active */
            is_active?: boolean | null;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
            /** Input */
            input?: unknown;
            /** Context */
            ctx?: Record<string, never>;
        };
        /** UserRead (only the fields asked for) */
        UserReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Email */
            email?: string;
            /** Full Name */
            full_name?: string;
            /** Phone */
            phone?: string | null;
            role?: components["schemas"]["Role"];
            /** Team Id */
            team_id?: string | null;
            /** Is Active */
            is_active?: boolean;
            /** Territories */
            territories?: components["schemas"]["TerritoryRef"][];
        };
        /** Page[UserRead] (only the fields asked for) */
        Page_UserRead_Partial: {
            /** Items */
            items: components["schemas"]["UserReadPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** CustomerSummary (only the fields asked for) */
        CustomerSummaryPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Name */
            name?: string;
            /** Legal Name */
            legal_name?: string | null;
            /** Tax Id */
            tax_id?: string | null;
            /** Industry */
            industry?: string | null;
            /** Segment Tags */
            segment_tags?: string[];
            /** Rating */
            rating?: number | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** Website */
            website?: string | null;
            /**
             * Credit Limit
             * @example 1250.00
             */
            credit_limit?: string;
            /** Currency */
            currency?: string;
            /** Payment Terms Days */
            payment_terms_days?: number;
            /** Territory Id */
            territory_id?: string | null;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id?: string;
            /** External Id */
            external_id?: string | null;
            /** Email Opt In */
            email_opt_in?: boolean;
            /** Sms Opt In */
            sms_opt_in?: boolean;
            /** Consent Updated At */
            consent_updated_at?: string | null;
            /** Is Archived */
            is_archived?: boolean;
            /** Notes */
            notes?: string | null;
            /** Addresses */
            addresses?: components["schemas"]["AddressRead"][];
        };
        /** Page[CustomerSummary] (only the fields asked for) */
        Page_CustomerSummary_Partial: {
            /** Items */
            items: components["schemas"]["CustomerSummaryPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** CustomerRead (only the fields asked for) */
        CustomerReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Name */
            name?: string;
            /** Legal Name */
            legal_name?: string | null;
            /** Tax Id */
            tax_id?: string | null;
            /** Industry */
            industry?: string | null;
            /** Segment Tags */
            segment_tags?: string[];
            /** Rating */
            rating?: number | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** Website */
            website?: string | null;
            /**
             * Credit Limit
             * @example 1250.00
             */
            credit_limit?: string;
            /** Currency */
            currency?: string;
            /** Payment Terms Days */
            payment_terms_days?: number;
            /** Territory Id */
            territory_id?: string | null;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id?: string;
            /** External Id */
            external_id?: string | null;
            /** Email Opt In */
            email_opt_in?: boolean;
            /** Sms Opt In */
            sms_opt_in?: boolean;
            /** Consent Updated At */
            consent_updated_at?: string | null;
            /** Is Archived */
            is_archived?: boolean;
            /** Notes */
            notes?: string | null;
            /** Addresses */
            addresses?: components["schemas"]["AddressRead"][];
            /** Contacts */
            contacts?: components["schemas"]["ContactRead"][];
        };
        /** ActivityRead (only the fields asked for) */
        ActivityReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            type?: components["schemas"]["ActivityType"];
            /** Subject */
            subject?: string;
            /** Description */
            description?: string | null;
            status?: components["schemas"]["ActivityStatus"];
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id?: string;
            /** Created By Id */
            created_by_id?: string | null;
            /** Customer Id */
            customer_id?: string | null;
            /**
             * Customer Name
             * @description When the caller may see it
             */
            customer_name?: string | null;
            /** Contact Id */
            contact_id?: string | null;
            /** Lead Id */
            lead_id?: string | null;
            /** Opportunity Id */
            opportunity_id?: string | null;
            /** Starts At */
            starts_at?: string | null;
            /** Ends At */
            ends_at?: string | null;
            /** Due At */
            due_at?: string | null;
            /**
             * Scheduled At
             * Format: date-time
             */
            scheduled_at?: string;
            /** Reminder At */
            reminder_at?: string | null;
            /** Location */
            location?: string | null;
            /** Latitude */
            latitude?: number | null;
            /** Longitude */
            longitude?: number | null;
            /** Outcome */
            outcome?: string | null;
            /** Completed At */
            completed_at?: string | null;
        };
        /** Page[ActivityRead] (only the fields asked for) */
        Page_ActivityRead_Partial: {
            /** Items */
            items: components["schemas"]["ActivityReadPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** LeadRead (only the fields asked for) */
        LeadReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Person Name */
            person_name?: string | null;
            /** Job Title */
            job_title?: string | null;
            /** Company Name */
            company_name?: string | null;
            /** Email */
            email?: string | null;
            /** Phone */
            phone?: string | null;
            /** Tax Id */
            tax_id?: string | null;
            /** Industry */
            industry?: string | null;
            address?: components["schemas"]["LeadAddressRead"];
            source?: components["schemas"]["LeadSource"];
            /** Campaign Ref */
            campaign_ref?: string | null;
            /** Product Interest */
            product_interest?: string | null;
            /** Estimated Value */
            estimated_value?: string | null;
            /** Currency */
            currency?: string;
            /** Notes */
            notes?: string | null;
            /** Capture Latitude */
            capture_latitude?: number | null;
            /** Capture Longitude */
            capture_longitude?: number | null;
            /**
             * Captured At
             * Format: date-time
             */
            captured_at?: string;
            /** Created By Id */
            created_by_id?: string | null;
            status?: components["schemas"]["LeadStatus"];
            /**
             * Status Changed At
             * Format: date-time
             */
            status_changed_at?: string;
            /** Disqualify Reason */
            disqualify_reason?: string | null;
            /** Owner Id */
            owner_id?: string | null;
            /** Territory Id */
            territory_id?: string | null;
            /** Assigned At */
            assigned_at?: string | null;
            /** Last Activity At */
            last_activity_at?: string | null;
            /** Score */
            score?: number;
            /** Score Factors */
            score_factors?: components["schemas"]["ScoreFactorRead"][];
            /** Converted At */
            converted_at?: string | null;
            /** Converted Customer Id */
            converted_customer_id?: string | null;
            /** Converted Contact Id */
            converted_contact_id?: string | null;
            /** Converted Opportunity Id */
            converted_opportunity_id?: string | null;
        };
        /** Page[LeadRead] (only the fields asked for) */
        Page_LeadRead_Partial: {
            /** Items */
            items: components["schemas"]["LeadReadPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** OpportunityRead (only the fields asked for) */
        OpportunityReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id?: string;
            /**
             * Customer Name
             * @description Empty when the caller may not see the customer
             */
            customer_name?: string | null;
            /** Contact Id */
            contact_id?: string | null;
            /** Title */
            title?: string;
            /**
             * Amount
             * @example 1250.00
             */
            amount?: string;
            /** Currency */
            currency?: string;
            /**
             * Expected Close Date
             * Format: date
             */
            expected_close_date?: string;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id?: string;
            /** Territory Id */
            territory_id?: string | null;
            /**
             * Pipeline Id
             * Format: uuid
             */
            pipeline_id?: string;
            /**
             * Stage Id
             * Format: uuid
             */
            stage_id?: string;
            status?: components["schemas"]["OpportunityStatus"];
            /** Probability */
            probability?: number;
            /**
             * Weighted Amount
             * @description amount x probability / 100, rounded half-up
             * @example 1250.00
             */
            weighted_amount?: string;
            /**
             * Stage Entered At
             * Format: date-time
             */
            stage_entered_at?: string;
            /** Closed At */
            closed_at?: string | null;
            /**
             * Closed From Stage Id
             * @description The open stage the deal closed from (where a reopen returns by default)
             */
            closed_from_stage_id?: string | null;
            /**
             * Skipped Stage Ids
             * @description Open stages before the current one (or the one it closed from) that the deal went past without entering: a stage bar shows them as skipped, not done
             */
            skipped_stage_ids?: string[];
            /** Lost Reason */
            lost_reason?: string | null;
            /** Competitor */
            competitor?: string | null;
            /** Details */
            details?: {
                [key: string]: unknown;
            };
            /** Source Lead Id */
            source_lead_id?: string | null;
            /** Notes */
            notes?: string | null;
        };
        /** Page[OpportunityRead] (only the fields asked for) */
        Page_OpportunityRead_Partial: {
            /** Items */
            items: components["schemas"]["OpportunityReadPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** ProductRead (only the fields asked for) */
        ProductReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Sku */
            sku?: string;
            /** Name */
            name?: string;
            /** Description */
            description?: string | null;
            /** Group Id */
            group_id?: string | null;
            /** Unit */
            unit?: string;
            kind?: components["schemas"]["ProductKind"];
            /** Hsn Sac Code */
            hsn_sac_code?: string | null;
            /**
             * Tax Category Id
             * Format: uuid
             */
            tax_category_id?: string;
            /**
             * List Price
             * @example 1249.9900
             */
            list_price?: string;
            /** Currency */
            currency?: string;
            /** Cost */
            cost?: string | null;
            /** Is Active */
            is_active?: boolean;
            /** External Id */
            external_id?: string | null;
        };
        /** Page[ProductRead] (only the fields asked for) */
        Page_ProductRead_Partial: {
            /** Items */
            items: components["schemas"]["ProductReadPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** ProductGroupRead (only the fields asked for) */
        ProductGroupReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Name */
            name?: string;
            /** Description */
            description?: string | null;
        };
        /** Page[ProductGroupRead] (only the fields asked for) */
        Page_ProductGroupRead_Partial: {
            /** Items */
            items: components["schemas"]["ProductGroupReadPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** TaxCategoryRead (only the fields asked for) */
        TaxCategoryReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Code */
            code?: string;
            /** Name */
            name?: string;
            /** Description */
            description?: string | null;
            treatment?: components["schemas"]["TaxTreatment"];
            /**
             * Rate
             * @example 18
             */
            rate?: string;
            /** Is Active */
            is_active?: boolean;
        };
        /** Page[TaxCategoryRead] (only the fields asked for) */
        Page_TaxCategoryRead_Partial: {
            /** Items */
            items: components["schemas"]["TaxCategoryReadPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /** PriceListRead (only the fields asked for) */
        PriceListReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Name */
            name?: string;
            /** Currency */
            currency?: string;
            /**
             * Valid From
             * Format: date
             */
            valid_from?: string;
            /** Valid To */
            valid_to?: string | null;
            scope?: components["schemas"]["PriceListScope"];
            /** Segment */
            segment?: string | null;
            /** Customer Id */
            customer_id?: string | null;
            /** Is Active */
            is_active?: boolean;
            /** Notes */
            notes?: string | null;
        };
        /** Page[PriceListRead] (only the fields asked for) */
        Page_PriceListRead_Partial: {
            /** Items */
            items: components["schemas"]["PriceListReadPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * QuoteSummaryRead (only the fields asked for)
         * @description A quote in a list (without its lines).
         */
        QuoteSummaryReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Number */
            number?: string;
            /** Revision */
            revision?: number;
            /** Display Number */
            display_number?: string;
            /** Is Current */
            is_current?: boolean;
            /** Revised From Id */
            revised_from_id?: string | null;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id?: string;
            /**
             * Customer Name
             * @description Empty when the caller may not see the customer
             */
            customer_name?: string | null;
            /** Contact Id */
            contact_id?: string | null;
            /** Opportunity Id */
            opportunity_id?: string | null;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id?: string;
            /** Territory Id */
            territory_id?: string | null;
            status?: components["schemas"]["QuoteStatus"];
            /** Currency */
            currency?: string;
            /**
             * Quote Date
             * Format: date
             */
            quote_date?: string;
            /**
             * Valid Until
             * Format: date
             */
            valid_until?: string;
            /** Place Of Supply */
            place_of_supply?: string | null;
            /** Supply */
            supply?: string;
            /**
             * Subtotal
             * @example 1250.00
             */
            subtotal?: string;
            /**
             * Discount Total
             * @example 1250.00
             */
            discount_total?: string;
            /**
             * Taxable Total
             * @example 1250.00
             */
            taxable_total?: string;
            /**
             * Tax Total
             * @example 1250.00
             */
            tax_total?: string;
            /**
             * Grand Total
             * @example 1250.00
             */
            grand_total?: string;
            /** Tax Components */
            tax_components?: components["schemas"]["TaxComponentAmount"][];
            /**
             * Max Discount Percent
             * @example 18
             */
            max_discount_percent?: string;
            /** Needs Approval */
            needs_approval?: boolean;
            /** Submitted At */
            submitted_at?: string | null;
            /** Approved At */
            approved_at?: string | null;
            /** Approved By Id */
            approved_by_id?: string | null;
            /** Approval Comment */
            approval_comment?: string | null;
            /** Sent At */
            sent_at?: string | null;
            /** Accepted At */
            accepted_at?: string | null;
            /** Rejected At */
            rejected_at?: string | null;
        };
        /** Page[QuoteSummaryRead] (only the fields asked for) */
        Page_QuoteSummaryRead_Partial: {
            /** Items */
            items: components["schemas"]["QuoteSummaryReadPartial"][];
            /** Next Cursor */
            next_cursor?: string | null;
        };
        /**
         * QuoteRead (only the fields asked for)
         * @description A quote with its lines, tax table and the locations recorded.
         */
        QuoteReadPartial: {
            /**
             * Id
             * Format: uuid
             */
            id?: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at?: string;
            /** Version */
            version?: number;
            /** Number */
            number?: string;
            /** Revision */
            revision?: number;
            /** Display Number */
            display_number?: string;
            /** Is Current */
            is_current?: boolean;
            /** Revised From Id */
            revised_from_id?: string | null;
            /**
             * Customer Id
             * Format: uuid
             */
            customer_id?: string;
            /**
             * Customer Name
             * @description Empty when the caller may not see the customer
             */
            customer_name?: string | null;
            /** Contact Id */
            contact_id?: string | null;
            /** Opportunity Id */
            opportunity_id?: string | null;
            /**
             * Owner Id
             * Format: uuid
             */
            owner_id?: string;
            /** Territory Id */
            territory_id?: string | null;
            status?: components["schemas"]["QuoteStatus"];
            /** Currency */
            currency?: string;
            /**
             * Quote Date
             * Format: date
             */
            quote_date?: string;
            /**
             * Valid Until
             * Format: date
             */
            valid_until?: string;
            /** Place Of Supply */
            place_of_supply?: string | null;
            /** Supply */
            supply?: string;
            /**
             * Subtotal
             * @example 1250.00
             */
            subtotal?: string;
            /**
             * Discount Total
             * @example 1250.00
             */
            discount_total?: string;
            /**
             * Taxable Total
             * @example 1250.00
             */
            taxable_total?: string;
            /**
             * Tax Total
             * @example 1250.00
             */
            tax_total?: string;
            /**
             * Grand Total
             * @example 1250.00
             */
            grand_total?: string;
            /** Tax Components */
            tax_components?: components["schemas"]["TaxComponentAmount"][];
            /**
             * Max Discount Percent
             * @example 18
             */
            max_discount_percent?: string;
            /** Needs Approval */
            needs_approval?: boolean;
            /** Submitted At */
            submitted_at?: string | null;
            /** Approved At */
            approved_at?: string | null;
            /** Approved By Id */
            approved_by_id?: string | null;
            /** Approval Comment */
            approval_comment?: string | null;
            /** Sent At */
            sent_at?: string | null;
            /** Accepted At */
            accepted_at?: string | null;
            /** Rejected At */
            rejected_at?: string | null;
            /** Terms */
            terms?: string | null;
            /** Notes */
            notes?: string | null;
            /** Tax Breakdown */
            tax_breakdown?: components["schemas"]["TaxBreakdownRow"][];
            /** Accepted By Id */
            accepted_by_id?: string | null;
            /** Rejection Reason */
            rejection_reason?: string | null;
            /** Created Lat */
            created_lat?: number | null;
            /** Created Lon */
            created_lon?: number | null;
            /** Created Accuracy M */
            created_accuracy_m?: number | null;
            /** Accepted Lat */
            accepted_lat?: number | null;
            /** Accepted Lon */
            accepted_lon?: number | null;
            /** Accepted Accuracy M */
            accepted_accuracy_m?: number | null;
            /** Lines */
            lines?: components["schemas"]["QuoteLineRead"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    system_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    system_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_auth_token"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    auth_list_login_events: {
        parameters: {
            query?: {
                user_id?: string | null;
                succeeded?: boolean | null;
                /** @description Inclusive, ISO 8601 */
                since?: string | null;
                /** @description Exclusive, ISO 8601 */
                until?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default -occurred_at. */
                sort?: ("-occurred_at" | "occurred_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_LoginEventRead_"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    users_read_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    users_list: {
        parameters: {
            query?: {
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                role?: components["schemas"]["Role"] | null;
                team_id?: string | null;
                is_active?: boolean | null;
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default full_name. */
                sort?: ("-created_at" | "-email" | "-full_name" | "created_at" | "email" | "full_name") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_UserRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_UserRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    users_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    users_read: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
            };
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                    "application/vnd.sales.partial+json": components["schemas"]["UserReadPartial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    users_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamRead"][];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    teams_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    territories_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryRead"][];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    territories_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerritoryCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    territories_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    territories_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                territory_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerritoryUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_list: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                territory_id?: string | null;
                owner_id?: string | null;
                industry?: string | null;
                segment?: string | null;
                min_rating?: number | null;
                archived?: boolean | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default name. */
                sort?: ("-created_at" | "-name" | "-updated_at" | "created_at" | "name" | "updated_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_CustomerSummary_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_CustomerSummary_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_count: {
        parameters: {
            query?: {
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                territory_id?: string | null;
                owner_id?: string | null;
                industry?: string | null;
                segment?: string | null;
                min_rating?: number | null;
                archived?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCount"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_export: {
        parameters: {
            query?: {
                /** @description csv (UTF-8, with a BOM) or xlsx */
                format?: components["schemas"]["ExportFormat"];
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                territory_id?: string | null;
                owner_id?: string | null;
                industry?: string | null;
                segment?: string | null;
                min_rating?: number | null;
                archived?: boolean | null;
                /** @description '-' sorts descending. Default name. */
                sort?: ("-created_at" | "-name" | "-updated_at" | "created_at" | "name" | "updated_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows the filters select, as a file (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerBulk"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_read_customer_facets: {
        parameters: {
            query?: {
                archived?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerFacets"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_read_customer_map_points: {
        parameters: {
            query?: {
                /** @description At most this many points; `truncated` says when more matched */
                limit?: number;
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                territory_id?: string | null;
                owner_id?: string | null;
                industry?: string | null;
                segment?: string | null;
                min_rating?: number | null;
                archived?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerMapPoints"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_read: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
            };
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRead"];
                    "application/vnd.sales.partial+json": components["schemas"]["CustomerReadPartial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_unarchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_list_contacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"][];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_add_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_read_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_id: string;
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_delete_contact: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                contact_id: string;
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_update_contact: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                contact_id: string;
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    customers_read_timeline: {
        parameters: {
            query?: {
                /** @description Only these kinds */
                kind?: components["schemas"]["TimelineKind"][] | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default -occurred_at. */
                sort?: ("-occurred_at" | "occurred_at") | null;
            };
            header?: never;
            path: {
                customer_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TimelineEventRead_"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    audit_list_entries: {
        parameters: {
            query?: {
                entity_type?: string | null;
                entity_id?: string | null;
                actor_id?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default -occurred_at. */
                sort?: ("-occurred_at" | "occurred_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_AuditEntryRead_"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_list: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                type?: components["schemas"]["ActivityType"] | null;
                status?: components["schemas"]["ActivityStatus"] | null;
                /** @description Only these assignees (repeat for several); others' are never shown */
                owner_id?: string[] | null;
                customer_id?: string | null;
                lead_id?: string | null;
                opportunity_id?: string | null;
                scheduled_from?: string | null;
                scheduled_to?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default scheduled_at. */
                sort?: ("-created_at" | "-scheduled_at" | "created_at" | "scheduled_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ActivityRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_ActivityRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_count: {
        parameters: {
            query?: {
                type?: components["schemas"]["ActivityType"] | null;
                status?: components["schemas"]["ActivityStatus"] | null;
                /** @description Only these assignees (repeat for several); others' are never shown */
                owner_id?: string[] | null;
                customer_id?: string | null;
                lead_id?: string | null;
                opportunity_id?: string | null;
                scheduled_from?: string | null;
                scheduled_to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCount"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_export: {
        parameters: {
            query?: {
                /** @description csv (UTF-8, with a BOM) or xlsx */
                format?: components["schemas"]["ExportFormat"];
                type?: components["schemas"]["ActivityType"] | null;
                status?: components["schemas"]["ActivityStatus"] | null;
                /** @description Only these assignees (repeat for several); others' are never shown */
                owner_id?: string[] | null;
                customer_id?: string | null;
                lead_id?: string | null;
                opportunity_id?: string | null;
                scheduled_from?: string | null;
                scheduled_to?: string | null;
                /** @description '-' sorts descending. Default scheduled_at. */
                sort?: ("-created_at" | "-scheduled_at" | "created_at" | "scheduled_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows the filters select, as a file (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityBulk"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_read: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
            };
            header?: never;
            path: {
                activity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRead"];
                    "application/vnd.sales.partial+json": components["schemas"]["ActivityReadPartial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                activity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityComplete"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_read_team_agenda: {
        parameters: {
            query?: {
                from?: string | null;
                to?: string | null;
                /** @description Whose agenda (repeat for several); default: all */
                owner_id?: string[] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamAgenda"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_read_agenda: {
        parameters: {
            query?: {
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agenda"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_read_calendar_subscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_rotate_calendar_subscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activities_read_calendar_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": unknown;
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    leads_list: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                status?: components["schemas"]["LeadStatus"] | null;
                source?: components["schemas"]["LeadSource"] | null;
                owner_id?: string | null;
                territory_id?: string | null;
                campaign_ref?: string | null;
                min_score?: number | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default -created_at. */
                sort?: ("-created_at" | "-score" | "-updated_at" | "created_at" | "score" | "updated_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_LeadRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_LeadRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description leads.possible_duplicates (with `candidates`), or id_taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["DuplicatesProblem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_count_matching: {
        parameters: {
            query?: {
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                status?: components["schemas"]["LeadStatus"] | null;
                source?: components["schemas"]["LeadSource"] | null;
                owner_id?: string | null;
                territory_id?: string | null;
                campaign_ref?: string | null;
                min_score?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCount"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_export: {
        parameters: {
            query?: {
                /** @description csv (UTF-8, with a BOM) or xlsx */
                format?: components["schemas"]["ExportFormat"];
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                status?: components["schemas"]["LeadStatus"] | null;
                source?: components["schemas"]["LeadSource"] | null;
                owner_id?: string | null;
                territory_id?: string | null;
                campaign_ref?: string | null;
                min_score?: number | null;
                /** @description '-' sorts descending. Default -created_at. */
                sort?: ("-created_at" | "-score" | "-updated_at" | "created_at" | "score" | "updated_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows the filters select, as a file (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadBulk"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_count: {
        parameters: {
            query?: {
                owner_id?: string | null;
                territory_id?: string | null;
                source?: components["schemas"]["LeadSource"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadCounts"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_check_lead_duplicates: {
        parameters: {
            query?: {
                email?: string | null;
                phone?: string | null;
                tax_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateCheck"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_read: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
            };
            header?: never;
            path: {
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadRead"];
                    "application/vnd.sales.partial+json": components["schemas"]["LeadReadPartial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_qualify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_disqualify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadDisqualify"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadAssign"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_convert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadConvert"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadConversion"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadConversion"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description leads.possible_duplicates (with `candidates`), or id_taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["DuplicatesProblem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_list_scoring_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringRuleRead"][];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    leads_replace_scoring_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoringRules"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoringRuleRead"][];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pipelines_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineRead"][];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pipelines_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PipelineCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pipelines_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pipeline_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pipelines_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                pipeline_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PipelineUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pipelines_add_stage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pipeline_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pipelines_reorder_stages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pipeline_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageOrder"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pipelines_delete_stage: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                pipeline_id: string;
                stage_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pipelines_update_stage: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                stage_id: string;
                pipeline_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_list: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                pipeline_id?: string | null;
                stage_id?: string | null;
                owner_id?: string | null;
                territory_id?: string | null;
                customer_id?: string | null;
                status?: components["schemas"]["OpportunityStatus"] | null;
                /** @description Expected close on or after */
                close_from?: string | null;
                /** @description Expected close on or before */
                close_to?: string | null;
                min_amount?: number | string | null;
                max_amount?: number | string | null;
                currency?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default expected_close_date. */
                sort?: ("-amount" | "-created_at" | "-expected_close_date" | "-updated_at" | "amount" | "created_at" | "expected_close_date" | "updated_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_OpportunityRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_OpportunityRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_count: {
        parameters: {
            query?: {
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                pipeline_id?: string | null;
                stage_id?: string | null;
                owner_id?: string | null;
                territory_id?: string | null;
                customer_id?: string | null;
                status?: components["schemas"]["OpportunityStatus"] | null;
                /** @description Expected close on or after */
                close_from?: string | null;
                /** @description Expected close on or before */
                close_to?: string | null;
                min_amount?: number | string | null;
                max_amount?: number | string | null;
                currency?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCount"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_export: {
        parameters: {
            query?: {
                /** @description csv (UTF-8, with a BOM) or xlsx */
                format?: components["schemas"]["ExportFormat"];
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                pipeline_id?: string | null;
                stage_id?: string | null;
                owner_id?: string | null;
                territory_id?: string | null;
                customer_id?: string | null;
                status?: components["schemas"]["OpportunityStatus"] | null;
                /** @description Expected close on or after */
                close_from?: string | null;
                /** @description Expected close on or before */
                close_to?: string | null;
                min_amount?: number | string | null;
                max_amount?: number | string | null;
                currency?: string | null;
                /** @description '-' sorts descending. Default expected_close_date. */
                sort?: ("-amount" | "-created_at" | "-expected_close_date" | "-updated_at" | "amount" | "created_at" | "expected_close_date" | "updated_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows the filters select, as a file (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityBulk"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_read_board: {
        parameters: {
            query?: {
                /** @description Default: the default pipeline */
                pipeline_id?: string | null;
                owner_id?: string | null;
                territory_id?: string | null;
                /** @description Cards per stage */
                cards?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_read: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
            };
            header?: never;
            path: {
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityRead"];
                    "application/vnd.sales.partial+json": components["schemas"]["OpportunityReadPartial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageMove"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityReopen"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opportunities_read_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                opportunity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageHistoryRead"][];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_list: {
        parameters: {
            query?: {
                unread?: boolean | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default -created_at. */
                sort?: ("-created_at" | "created_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_NotificationRead_"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_count_unread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notification_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    notifications_read_all: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sync_list_changes: {
        parameters: {
            query?: {
                /** @description next_cursor of the last pull; empty: from the start */
                since?: string | null;
                /** @description Only these records (default: all) */
                entity?: components["schemas"]["FeedEntity"][] | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sync_read_cursor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedCursor"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    jobs_list: {
        parameters: {
            query?: {
                status?: components["schemas"]["JobStatus"] | null;
                task_name?: string | null;
                cursor?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_JobRead_"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    jobs_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saved_views_list: {
        parameters: {
            query?: {
                list_key?: components["schemas"]["ListKey"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewRead"][];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saved_views_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedViewCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saved_views_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                view_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saved_views_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                view_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saved_views_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                view_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavedViewUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedViewRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    products_list: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                group_id?: string | null;
                kind?: components["schemas"]["ProductKind"] | null;
                tax_category_id?: string | null;
                /** @description Only products sold (true) or no longer sold (false); both if absent */
                active?: boolean | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default name. */
                sort?: ("-created_at" | "-name" | "-sku" | "-updated_at" | "created_at" | "name" | "sku" | "updated_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ProductRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_ProductRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    products_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    products_count: {
        parameters: {
            query?: {
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                group_id?: string | null;
                kind?: components["schemas"]["ProductKind"] | null;
                tax_category_id?: string | null;
                /** @description Only products sold (true) or no longer sold (false); both if absent */
                active?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCount"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    products_export: {
        parameters: {
            query?: {
                /** @description csv (UTF-8, with a BOM) or xlsx */
                format?: components["schemas"]["ExportFormat"];
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                group_id?: string | null;
                kind?: components["schemas"]["ProductKind"] | null;
                tax_category_id?: string | null;
                /** @description Only products sold (true) or no longer sold (false); both if absent */
                active?: boolean | null;
                /** @description '-' sorts descending. Default name. */
                sort?: ("-created_at" | "-name" | "-sku" | "-updated_at" | "created_at" | "name" | "sku" | "updated_at") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows the filters select, as a file (streamed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    products_read: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
            };
            header?: never;
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductRead"];
                    "application/vnd.sales.partial+json": components["schemas"]["ProductReadPartial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    products_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                product_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    product_groups_list: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default name. */
                sort?: ("-name" | "name") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_ProductGroupRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_ProductGroupRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    product_groups_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductGroupCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductGroupRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductGroupRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    product_groups_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductGroupRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    product_groups_delete: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                group_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    product_groups_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                group_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductGroupUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductGroupRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tax_categories_list: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                /** @description Only active (true) or inactive (false) ones */
                active?: boolean | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default rate. */
                sort?: ("-name" | "-rate" | "name" | "rate") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_TaxCategoryRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_TaxCategoryRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tax_categories_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxCategoryCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxCategoryRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxCategoryRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tax_categories_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tax_category_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxCategoryRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tax_categories_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                tax_category_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxCategoryUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxCategoryRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    tax_categories_compute: {
        parameters: {
            query: {
                /** @description The taxable amount (after discount), e.g. 1000.00 */
                amount: number | string;
                /** @description ISO 4217 code */
                currency?: string;
                /** @description The customer's GST state code; empty for a customer outside India */
                place_of_supply?: string | null;
            };
            header?: never;
            path: {
                tax_category_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineTaxRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    price_lists_list: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                scope?: components["schemas"]["PriceListScope"] | null;
                customer_id?: string | null;
                segment?: string | null;
                currency?: string | null;
                /** @description Only lists valid on this date */
                valid_on?: string | null;
                active?: boolean | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default name. */
                sort?: ("-created_at" | "-name" | "-valid_from" | "created_at" | "name" | "valid_from") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PriceListRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_PriceListRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    price_lists_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceListCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    price_lists_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_list_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    price_lists_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                price_list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceListUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    price_lists_list_lines: {
        parameters: {
            query?: {
                product_id?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default created_at. */
                sort?: ("-created_at" | "created_at") | null;
            };
            header?: never;
            path: {
                price_list_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_PriceListLineRead_"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    price_lists_add_line: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                price_list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceListLineCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListLineRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListLineRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    price_lists_delete_line: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                line_id: string;
                price_list_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    price_lists_update_line: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                line_id: string;
                price_list_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriceListLineUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceListLineRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    prices_read: {
        parameters: {
            query: {
                customer_id: string;
                product_id: string;
                /** @description How many (a decimal), default 1 */
                quantity?: number | string;
                /** @description The day priced (YYYY-MM-DD); default today */
                date?: string | null;
                /** @description Default: the customer's currency */
                currency?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceRead"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    discount_limits_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscountLimitRead"][];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    discount_limits_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                role: components["schemas"]["Role"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiscountLimitUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscountLimitRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_list: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                /** @description Part of a name, e-mail or phone number (matched literally) */
                q?: string | null;
                status?: components["schemas"]["QuoteStatus"] | null;
                customer_id?: string | null;
                owner_id?: string | null;
                opportunity_id?: string | null;
                /** @description Every revision of one number (Q/2026-27/00042); without it, only the current revision of each quote is listed */
                number?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default -created_at. */
                sort?: ("-created_at" | "-grand_total" | "-updated_at" | "-valid_until" | "created_at" | "grand_total" | "updated_at" | "valid_until") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_QuoteSummaryRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_QuoteSummaryRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteCreate"];
            };
        };
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_list_approvals: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description next_cursor of the previous page */
                cursor?: string | null;
                /** @description '-' sorts descending. Default -created_at. */
                sort?: ("-created_at" | "-grand_total" | "-updated_at" | "-valid_until" | "created_at" | "grand_total" | "updated_at" | "valid_until") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_QuoteSummaryRead_"];
                    "application/vnd.sales.partial+json": components["schemas"]["Page_QuoteSummaryRead_Partial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_read: {
        parameters: {
            query?: {
                /** @description Only these fields, comma-separated (id is always included) */
                fields?: string | null;
            };
            header?: never;
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                    "application/vnd.sales.partial+json": components["schemas"]["QuoteReadPartial"];
                };
            };
            /** @description Not modified: the copy named in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version being changed, e.g. "3" (or * for any) */
                "If-Match": string;
            };
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteAccept"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteReject"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    quotes_revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quote_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created before with this id by the same caller: the record as it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteRead"];
                };
            };
            /** @description Problem */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": unknown;
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
