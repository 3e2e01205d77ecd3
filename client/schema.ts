/** Generated from schemas/ by `npm run schemas` (scripts/openapi/client-types.ts): do not edit. */

export interface paths {
    "/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own applications, newest first */
        get: operations["listApplications"];
        put?: never;
        /**
         * Submit an application
         * @description Accepted for evaluation (asynchronous): read the decision at the `Location`.
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application with its decision, review and payouts
         * @description The owner or an admin; audit trail for admins. Another applicant’s id is 404.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application (SUBMITTED or NEEDS_REVIEW) */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appeal an INELIGIBLE decision or a REJECTED review (once, within the appeal window)
         * @description The owner only. Allowed within `appealWindowDays` (GET /v1/policy) Shanghai calendar days after the decision or review; `documentIds` must be documents of this application. The application becomes APPEALED.
         */
        post: operations["appealApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evidence documents of an application, oldest first
         * @description The owner or an admin.
         */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Declare an evidence document and get a presigned PUT to upload it (15 minutes)
         * @description The owner, while the application is SUBMITTED, NEEDS_REVIEW, INELIGIBLE or REJECTED; at most 20 documents per application. PUT the file to `upload.url` with exactly `upload.headers` (the signature covers type, length and SHA-256); the document is then verified (size, SHA-256, leading bytes) and becomes VERIFIED or REJECTED.
         */
        post: operations["addDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One evidence document; with a presigned download (5 minutes) once VERIFIED
         * @description The owner or an admin.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own ledger entries, newest first */
        get: operations["listOwnPayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Policy versions, their parameters with references, the version in force today */
        get: operations["getPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/platforms/{applicantId}/certification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Certify an open-source deep-learning platform (one certification per reference) */
        put: operations["certifyPlatform"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review queue and search
         * @description No filter: the review queue (NEEDS_REVIEW); `needsAttention=true`: applications whose evaluation kept failing.
         */
        get: operations["searchApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/applications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (with an amount) or reject an application that needs review */
        post: operations["reviewApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/applications/{id}/appeal-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an appeal: UPHOLD the outcome appealed, or GRANT an amount
         * @description An administrator other than the one who reviewed the application. GRANT awards within the programme’s limit and what remains of its caps: APPROVED, or ELIGIBLE for an operating-cost entitlement, which the next payout run pays.
         */
        post: operations["decideAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/payout-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payout runs of a fiscal year, newest first, each with its totals */
        get: operations["listPayoutRuns"];
        put?: never;
        /** Start the operating-cost payout run of a fiscal year */
        post: operations["startPayoutRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/payout-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payout run’s status and totals */
        get: operations["getPayoutRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/payout-forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a payout run for a fiscal year would pay now, paying nothing
         * @description Every unpaid operating-cost entitlement of the year, read as a run reads them: a run started now finds `entitlements` and pays `amount` (unless entitlements change meanwhile). Per applicant, a page at a time by applicant id; the totals always cover all of them. An amount belongs to the fiscal year whose operating costs it covers.
         */
        get: operations["forecastPayoutRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payout ledger of a fiscal year */
        get: operations["listLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is committed and paid, per fiscal year and programme, with totals
         * @description Applications by status, amounts awarded (decided, approved on review, granted on appeal), paid (the ledger) and committed but unpaid, exact to the fen. Answered from aggregates kept up to date from the table’s stream (seconds behind a write), not by counting records. Which fiscal year an amount belongs to: an operating-cost claim and its payments to the year whose costs it covers; every other application to the Asia/Shanghai calendar year of its submission. Both filters are optional: absent means all.
         */
        get: operations["getStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a what-if simulation: the stored decisions judged again under a draft of the policy
         * @description The draft is a policy version (every case judged under it; absent: each under the version in force on its submission date) with parameter overrides, each named as GET /v1/policy names it and valued as it renders it (e.g. `"ospOperatingRate": "15%"`). A parameter that does not exist, a value in another unit or out of range is a 400 naming `overrides.<name>`. Every stored decision of the programmes (absent: all) submitted within the window (Asia/Shanghai dates, inclusive; absent: no bound) is judged again with the history it was decided with (caps already consumed, once-only awards), asynchronously; nothing stored changes. Follow it at the Location.
         */
        post: operations["startSimulation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/simulations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A what-if simulation’s progress and, once completed, its result per programme
         * @description Per programme, once COMPLETED: cases judged again, changed outcomes and amounts, totals before and after and their difference, the 20 largest changes; and the same as CSV (UTF-8 with a byte-order mark, headers in the language the simulation was asked in: each programme’s total line, then its 20 largest changes with the organisation) at a download URL valid 5 minutes.
         */
        get: operations["getSimulation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a finance export: the ledger or the awards of a fiscal year, as CSV
         * @description A job writes the file to private storage (any size); read GET /v1/admin/exports/{id} for its status and, once DONE, a download URL valid five minutes. CSV in UTF-8 with a byte-order mark, headers in the language negotiated from this request’s Accept-Language, money as yuan exact to the fen, cells beginning with =, +, -, @ neutralised with a leading apostrophe. LEDGER: the payments of the year (the year of the entitlement each pays); AWARDS: what applications now ELIGIBLE, APPROVED or PAID were awarded (an operating-cost claim in the year whose costs it covers, every other application in the Asia/Shanghai calendar year of its submission), so the file’s total equals GET /v1/admin/statistics’ for the year.
         */
        post: operations["startExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finance export’s status, and its download URL once written */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/evaluation-redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the evaluation DLQ’s messages back to the evaluation queue */
        post: operations["redriveEvaluations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/event-republish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the events the outbox relay gave up back to it, to publish each once with its eventId */
        post: operations["republishEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API reference page (Swagger UI) rendering this document */
        get: operations["getDocsPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/swagger-ui.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reference page’s style sheet */
        get: operations["getDocsStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs/swagger-ui-bundle.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reference page’s script */
        get: operations["getDocsScript"];
        put?: never;
        post?: never;
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
        Application: {
            applicationId: string;
            applicantId: string;
            /** @enum {string} */
            programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            /** @enum {string} */
            status: "SUBMITTED" | "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "PAID" | "APPEALED";
            /** Format: date-time */
            submittedAt: string;
            organisation: {
                name: string;
                unifiedSocialCreditCode: string;
                registeredInLingang: boolean;
            };
            /** @description the details exactly as submitted, by programme */
            details: {
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                rndCosts: string;
            } | {
                fiscalYear: number;
                operatingCosts: string;
            } | {
                /** @enum {string} */
                activityType: "COMPETITION" | "PUBLIC_DATA_COLLECTION" | "DATA_OPTIMISATION" | "DATA_IMPROVEMENT" | "INFRASTRUCTURE_FIRST_USE" | "TECHNOLOGY_APPLICATION" | "ECOSYSTEM_CONSTRUCTION";
                description: string;
                requestedAmount: string;
            } | {
                fiscalYear: number;
                mainBusinessIncome: string;
                priorYears: {
                    fiscalYear: number;
                    mainBusinessIncome: string;
                }[];
            } | {
                /** Format: date */
                establishedOn: string;
                /** @enum {string} */
                origin: "DOMESTIC" | "FOREIGN";
                requestedAmount: string;
            } | {
                /** @enum {string} */
                recognition: "NATIONAL_KEY_LABORATORY" | "NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER";
                recognitionReference: string;
                /** Format: date */
                recognizedOn: string;
                requestedAmount: string;
            };
            decision?: {
                /** @enum {string} */
                outcome: "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW";
                /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                amount: string;
                capApplied: boolean;
                policyVersion: string;
                reasons: {
                    rule: string;
                    message: string;
                }[];
            };
            review?: {
                /** @enum {string} */
                decision: "APPROVE" | "REJECT";
                /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                amount?: string;
                note: string;
                reviewedBy: string;
                /** Format: date-time */
                reviewedAt: string;
            };
            appeal?: {
                grounds: string;
                documentIds: string[];
                /** Format: date-time */
                appealedAt: string;
                /** @enum {string} */
                decision?: "UPHOLD" | "GRANT";
                /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                amount?: string;
                note?: string;
                decidedBy?: string;
                /** Format: date-time */
                decidedAt?: string;
                reasons?: {
                    rule: string;
                    message: string;
                }[];
                /** @description the evaluation a grant on an operating-cost entitlement re-decided */
                originalDecision?: {
                    /** @enum {string} */
                    outcome: "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW";
                    /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                    amount: string;
                    capApplied: boolean;
                    policyVersion: string;
                    reasons: {
                        rule: string;
                        message: string;
                    }[];
                };
            };
            needsAttention?: {
                /** Format: date-time */
                since: string;
                receives: number;
                error: string;
            };
            audit?: {
                /** Format: date-time */
                at: string;
                by: string;
                from: ("SUBMITTED" | "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "PAID" | "APPEALED") | null;
                /** @enum {string} */
                to: "SUBMITTED" | "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "PAID" | "APPEALED";
            }[];
            payouts?: {
                payoutId: string;
                applicationId: string;
                applicantId: string;
                fiscalYear: number;
                /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                amount: string;
                /** Format: date-time */
                issuedAt: string;
            }[];
        };
        ApplicationList: {
            items: {
                applicationId: string;
                applicantId: string;
                /** @enum {string} */
                programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
                /** @enum {string} */
                status: "SUBMITTED" | "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "PAID" | "APPEALED";
                /** Format: date-time */
                submittedAt: string;
                organisation: {
                    name: string;
                    unifiedSocialCreditCode: string;
                    registeredInLingang: boolean;
                };
                /** @description the details exactly as submitted, by programme */
                details: {
                    /** Format: date */
                    periodStart: string;
                    /** Format: date */
                    periodEnd: string;
                    rndCosts: string;
                } | {
                    fiscalYear: number;
                    operatingCosts: string;
                } | {
                    /** @enum {string} */
                    activityType: "COMPETITION" | "PUBLIC_DATA_COLLECTION" | "DATA_OPTIMISATION" | "DATA_IMPROVEMENT" | "INFRASTRUCTURE_FIRST_USE" | "TECHNOLOGY_APPLICATION" | "ECOSYSTEM_CONSTRUCTION";
                    description: string;
                    requestedAmount: string;
                } | {
                    fiscalYear: number;
                    mainBusinessIncome: string;
                    priorYears: {
                        fiscalYear: number;
                        mainBusinessIncome: string;
                    }[];
                } | {
                    /** Format: date */
                    establishedOn: string;
                    /** @enum {string} */
                    origin: "DOMESTIC" | "FOREIGN";
                    requestedAmount: string;
                } | {
                    /** @enum {string} */
                    recognition: "NATIONAL_KEY_LABORATORY" | "NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER";
                    recognitionReference: string;
                    /** Format: date */
                    recognizedOn: string;
                    requestedAmount: string;
                };
                decision?: {
                    /** @enum {string} */
                    outcome: "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW";
                    /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                    amount: string;
                    capApplied: boolean;
                    policyVersion: string;
                    reasons: {
                        rule: string;
                        message: string;
                    }[];
                };
                review?: {
                    /** @enum {string} */
                    decision: "APPROVE" | "REJECT";
                    /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                    amount?: string;
                    note: string;
                    reviewedBy: string;
                    /** Format: date-time */
                    reviewedAt: string;
                };
                appeal?: {
                    grounds: string;
                    documentIds: string[];
                    /** Format: date-time */
                    appealedAt: string;
                    /** @enum {string} */
                    decision?: "UPHOLD" | "GRANT";
                    /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                    amount?: string;
                    note?: string;
                    decidedBy?: string;
                    /** Format: date-time */
                    decidedAt?: string;
                    reasons?: {
                        rule: string;
                        message: string;
                    }[];
                    /** @description the evaluation a grant on an operating-cost entitlement re-decided */
                    originalDecision?: {
                        /** @enum {string} */
                        outcome: "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW";
                        /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                        amount: string;
                        capApplied: boolean;
                        policyVersion: string;
                        reasons: {
                            rule: string;
                            message: string;
                        }[];
                    };
                };
                needsAttention?: {
                    /** Format: date-time */
                    since: string;
                    receives: number;
                    error: string;
                };
                audit?: {
                    /** Format: date-time */
                    at: string;
                    by: string;
                    from: ("SUBMITTED" | "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "PAID" | "APPEALED") | null;
                    /** @enum {string} */
                    to: "SUBMITTED" | "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "PAID" | "APPEALED";
                }[];
                payouts?: {
                    payoutId: string;
                    applicationId: string;
                    applicantId: string;
                    fiscalYear: number;
                    /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                    amount: string;
                    /** Format: date-time */
                    issuedAt: string;
                }[];
            }[];
            /** @description pass as `cursor` for the next page */
            nextCursor?: string;
        };
        Payout: {
            payoutId: string;
            applicationId: string;
            applicantId: string;
            fiscalYear: number;
            /** @description yuan, exactly two decimals, e.g. "12500000.00" */
            amount: string;
            /** Format: date-time */
            issuedAt: string;
        };
        PayoutList: {
            items: {
                payoutId: string;
                applicationId: string;
                applicantId: string;
                fiscalYear: number;
                /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                amount: string;
                /** Format: date-time */
                issuedAt: string;
            }[];
            /** @description pass as `cursor` for the next page */
            nextCursor?: string;
        };
        PayoutRun: {
            /** Format: uuid */
            runId: string;
            fiscalYear: number;
            /** @enum {string} */
            status: "RUNNING" | "COMPLETED";
            found: number;
            paid: number;
            alreadyPaid: number;
            failed: number;
            /** @description yuan, exactly two decimals, e.g. "12500000.00" */
            amount: string;
            /** Format: date-time */
            startedAt: string;
            startedBy: string;
            /** Format: date-time */
            completedAt?: string;
        };
        PayoutRunStarted: {
            /** Format: uuid */
            runId: string;
            fiscalYear: number;
            /** @enum {string} */
            status: "RUNNING" | "COMPLETED";
        };
        PayoutRunList: {
            items: {
                /** Format: uuid */
                runId: string;
                fiscalYear: number;
                /** @enum {string} */
                status: "RUNNING" | "COMPLETED";
                found: number;
                paid: number;
                alreadyPaid: number;
                failed: number;
                /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                amount: string;
                /** Format: date-time */
                startedAt: string;
                startedBy: string;
                /** Format: date-time */
                completedAt?: string;
            }[];
            /** @description pass as `cursor` for the next page */
            nextCursor?: string;
        };
        /** @description What a payout run for the fiscal year would pay now; nothing is paid or stored. */
        PayoutForecast: {
            fiscalYear: number;
            /**
             * Format: date
             * @description the first day (Asia/Shanghai) a run may pay the year
             */
            payableFrom: string;
            /** @description unpaid operating-cost entitlements of the year: what a run started now finds and pays */
            entitlements: number;
            /** @description what a run started now pays in all */
            amount: string;
            /** @description applicants holding those entitlements */
            applicants: number;
            /** @description per applicant, by applicant id, a page at a time */
            items: {
                applicantId: string;
                entitlements: number;
                /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                amount: string;
            }[];
            /** @description pass as `cursor` for the next page of applicants */
            nextCursor?: string;
        };
        Certification: {
            applicantId: string;
            /** Format: date */
            certifiedFrom: string;
            /** Format: date */
            certifiedUntil: string;
            reference: string;
        };
        Submission: {
            applicationId: string;
            /** @constant */
            status: "SUBMITTED";
            /** Format: date-time */
            submittedAt: string;
        };
        Redrive: {
            moved: number;
        };
        Policy: {
            /**
             * Format: date
             * @description the Asia/Shanghai calendar date
             */
            today: string;
            /** @description the id of the version in force today */
            inForce: string;
            versions: {
                id: string;
                title: string;
                /** Format: date */
                publishedOn: string;
                /** Format: date */
                inForceFrom: string;
                inForceUntil: string | null;
                inForceToday: boolean;
                /** Format: date */
                applicationsFrom: string;
                /** Format: date */
                firstPayoutOn: string;
                /** Format: date */
                validFrom: string;
                validUntil: string | null;
                parameters: {
                    [key: string]: {
                        value: string | number | {
                            /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                            above: string;
                            upTo: string | null;
                            /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                            award: string;
                        }[];
                        /** @enum {string} */
                        unit: "CNY" | "percent" | "year" | "date" | "month-day" | "revenue-tiers" | "days" | "rule";
                        /** Format: date */
                        since: string;
                        reference: {
                            source: string;
                            clause: string;
                            text: string;
                        };
                        configurable: boolean;
                    };
                };
            }[];
        };
        Document: {
            documentId: string;
            /** @enum {string} */
            kind: "RND_AUDIT_REPORT" | "OPERATING_COST_STATEMENT" | "FINANCIAL_STATEMENT" | "BUSINESS_LICENCE" | "RECOGNITION_CERTIFICATE" | "ACTIVITY_PLAN" | "OTHER";
            fileName: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/png" | "image/jpeg";
            size: number;
            sha256: string;
            /** @enum {string} */
            status: "PENDING" | "VERIFIED" | "REJECTED";
            /** Format: date-time */
            uploadedAt?: string;
            /** @enum {string} */
            rejectReason?: "SIZE_MISMATCH" | "CHECKSUM_MISMATCH" | "TYPE_MISMATCH";
            download?: {
                /**
                 * Format: uri
                 * @description presigned GET, valid 5 minutes
                 */
                url: string;
                /** Format: date-time */
                expiresAt: string;
            };
        };
        DocumentList: {
            items: {
                documentId: string;
                /** @enum {string} */
                kind: "RND_AUDIT_REPORT" | "OPERATING_COST_STATEMENT" | "FINANCIAL_STATEMENT" | "BUSINESS_LICENCE" | "RECOGNITION_CERTIFICATE" | "ACTIVITY_PLAN" | "OTHER";
                fileName: string;
                /** @enum {string} */
                contentType: "application/pdf" | "image/png" | "image/jpeg";
                size: number;
                sha256: string;
                /** @enum {string} */
                status: "PENDING" | "VERIFIED" | "REJECTED";
                /** Format: date-time */
                uploadedAt?: string;
                /** @enum {string} */
                rejectReason?: "SIZE_MISMATCH" | "CHECKSUM_MISMATCH" | "TYPE_MISMATCH";
                download?: {
                    /**
                     * Format: uri
                     * @description presigned GET, valid 5 minutes
                     */
                    url: string;
                    /** Format: date-time */
                    expiresAt: string;
                };
            }[];
        };
        DocumentUpload: {
            documentId: string;
            /** @constant */
            status: "PENDING";
            upload: {
                /**
                 * Format: uri
                 * @description presigned PUT, valid 15 minutes
                 */
                url: string;
                /** @constant */
                method: "PUT";
                /** @description send exactly these with the file as the body: the signature covers them */
                headers: {
                    [key: string]: string;
                };
            };
            /** Format: date-time */
            expiresAt: string;
        };
        /** @description Per fiscal year and programme. An operating-cost claim (OSP_OPERATING) and its payments belong to the fiscal year whose costs it covers (details.fiscalYear, the year whose payout run pays it); every other application and its award to the Asia/Shanghai calendar year of its submission. */
        Statistics: {
            /** @description the filter, when given */
            fiscalYear?: number;
            /**
             * @description the filter, when given
             * @enum {string}
             */
            programme?: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            items: {
                fiscalYear: number;
                /** @enum {string} */
                programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
                applications: {
                    total: number;
                    byStatus: {
                        SUBMITTED: number;
                        ELIGIBLE: number;
                        INELIGIBLE: number;
                        NEEDS_REVIEW: number;
                        APPROVED: number;
                        REJECTED: number;
                        WITHDRAWN: number;
                        PAID: number;
                        APPEALED: number;
                    };
                };
                /** @description what applications in ELIGIBLE, PAID or APPROVED were awarded, by how */
                awarded: {
                    /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                    total: string;
                    /** @description decided ELIGIBLE on evaluation (PAID ones included) */
                    byDecision: string;
                    /** @description APPROVED by a reviewer */
                    byReview: string;
                    /** @description granted on appeal */
                    byAppeal: string;
                };
                paid: {
                    /** @description the ledger: payout runs’ payments */
                    total: string;
                    payments: number;
                };
                /** @description awarded minus paid: awards not (yet) in the ledger */
                committedUnpaid: string;
            }[];
            totals: {
                applications: {
                    total: number;
                    byStatus: {
                        SUBMITTED: number;
                        ELIGIBLE: number;
                        INELIGIBLE: number;
                        NEEDS_REVIEW: number;
                        APPROVED: number;
                        REJECTED: number;
                        WITHDRAWN: number;
                        PAID: number;
                        APPEALED: number;
                    };
                };
                /** @description what applications in ELIGIBLE, PAID or APPROVED were awarded, by how */
                awarded: {
                    /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                    total: string;
                    /** @description decided ELIGIBLE on evaluation (PAID ones included) */
                    byDecision: string;
                    /** @description APPROVED by a reviewer */
                    byReview: string;
                    /** @description granted on appeal */
                    byAppeal: string;
                };
                paid: {
                    /** @description the ledger: payout runs’ payments */
                    total: string;
                    payments: number;
                };
                /** @description awarded minus paid: awards not (yet) in the ledger */
                committedUnpaid: string;
            };
        };
        SimulationStarted: {
            /** Format: uuid */
            simulationId: string;
            /**
             * @description RUNNING while pages are judged; FAILED if its start could not be queued (ask again)
             * @enum {string}
             */
            status: "RUNNING" | "COMPLETED" | "FAILED";
        };
        /** @description A what-if simulation: the stored decisions judged again under a draft of the policy, with the history each had; nothing stored is changed. */
        Simulation: {
            /** Format: uuid */
            simulationId: string;
            /**
             * @description RUNNING while pages are judged; FAILED if its start could not be queued (ask again)
             * @enum {string}
             */
            status: "RUNNING" | "COMPLETED" | "FAILED";
            /** @description every case judged under this version */
            policyVersion?: string;
            /** @description the draft’s parameters, as sent */
            overrides: {
                [key: string]: unknown;
            };
            programmes: ("OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM")[];
            /** Format: date */
            submittedFrom?: string;
            /** Format: date */
            submittedTo?: string;
            requestedBy: string;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            completedAt?: string;
            progress: {
                /** @description stored decisions judged so far */
                cases: number;
                partsDone: number;
                /** @description programmes × index shards: each is read a page at a time */
                parts: number;
            };
            /** @description per programme, once COMPLETED */
            result?: {
                /** @enum {string} */
                programme: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
                /** @description stored decisions judged again */
                cases: number;
                /** @description cases whose outcome the draft changes */
                changedOutcomes: number;
                /** @description cases whose amount the draft changes */
                changedAmounts: number;
                /** @description the stored decisions’ amounts (award, or the most a reviewer may approve) */
                totalBefore: string;
                /** @description the same under the draft */
                totalAfter: string;
                /** @description yuan, exactly two decimals, negative when the draft decides less, e.g. "-50000.00" */
                difference: string;
                /** @description the 20 largest changes by size of the difference, then by application id */
                largestChanges: {
                    applicationId: string;
                    applicantId: string;
                    /** @enum {string} */
                    outcomeBefore: "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW";
                    /** @enum {string} */
                    outcomeAfter: "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW";
                    /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                    amountBefore: string;
                    /** @description yuan, exactly two decimals, e.g. "12500000.00" */
                    amountAfter: string;
                    /** @description yuan, exactly two decimals, negative when the draft decides less, e.g. "-50000.00" */
                    difference: string;
                }[];
            }[];
            /** @description once COMPLETED, a GET of the result as CSV (UTF-8 with a byte-order mark, headers in the language the simulation was asked in), valid five minutes; read again for a new one */
            download?: {
                url: string;
                /** Format: date-time */
                expiresAt: string;
            };
        };
        ExportStarted: {
            /** Format: uuid */
            exportId: string;
            /**
             * @description LEDGER: the payments of the year; AWARDS: what the year awarded
             * @enum {string}
             */
            kind: "LEDGER" | "AWARDS";
            fiscalYear: number;
            /** @enum {string} */
            status: "PENDING" | "DONE" | "FAILED";
        };
        /** @description A finance export: the ledger of a fiscal year (its entries belong to the year of the entitlement they pay) or its awards (an operating-cost claim belongs to the year whose costs it covers, every other application to the Asia/Shanghai calendar year of its submission), as GET /v1/admin/statistics counts them. */
        Export: {
            /** Format: uuid */
            exportId: string;
            /**
             * @description LEDGER: the payments of the year; AWARDS: what the year awarded
             * @enum {string}
             */
            kind: "LEDGER" | "AWARDS";
            fiscalYear: number;
            /**
             * @description the headers' language, negotiated when the export was asked for
             * @enum {string}
             */
            language: "en" | "zh-CN";
            /**
             * @description PENDING while the job writes the file; FAILED if it gave up or could not be queued
             * @enum {string}
             */
            status: "PENDING" | "DONE" | "FAILED";
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            completedAt?: string;
            rows?: number;
            /** @description the sum of the file's amounts */
            amount?: string;
            bytes?: number;
            /** @description a GET of the CSV (UTF-8 with a byte-order mark), valid five minutes; read again for a new one */
            download?: {
                url: string;
                /** Format: date-time */
                expiresAt: string;
            };
        };
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            /** @description one entry per refused field */
            errors?: {
                path: string;
                message: string;
            }[];
        };
        GatewayError: {
            message: string;
        };
    };
    responses: {
        /** @description API Gateway’s own answer to a missing, expired, forged or foreign token (not a problem document) */
        Unauthorized: {
            headers: {
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
        "Accept-Language": string;
    };
    requestBodies: never;
    headers: {
        /** @description the language the answer is written in */
        "Content-Language": "en" | "zh-CN";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApplications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "SUBMITTED" | "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "PAID" | "APPEALED";
                programme?: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            };
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationList"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description a repeat with the same key and body answers the first response */
                "Idempotency-Key"?: string;
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organisation: {
                        name: string;
                        unifiedSocialCreditCode: string;
                        registeredInLingang: boolean;
                    };
                    /** @constant */
                    programme: "OSP_RND";
                    details: {
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        rndCosts: string;
                    };
                } | {
                    organisation: {
                        name: string;
                        unifiedSocialCreditCode: string;
                        registeredInLingang: boolean;
                    };
                    /** @constant */
                    programme: "OSP_OPERATING";
                    details: {
                        fiscalYear: number;
                        operatingCosts: string;
                    };
                } | {
                    organisation: {
                        name: string;
                        unifiedSocialCreditCode: string;
                        registeredInLingang: boolean;
                    };
                    /** @constant */
                    programme: "AI_ACTIVITY";
                    details: {
                        /** @enum {string} */
                        activityType: "COMPETITION" | "PUBLIC_DATA_COLLECTION" | "DATA_OPTIMISATION" | "DATA_IMPROVEMENT" | "INFRASTRUCTURE_FIRST_USE" | "TECHNOLOGY_APPLICATION" | "ECOSYSTEM_CONSTRUCTION";
                        description: string;
                        requestedAmount: string;
                    };
                } | {
                    organisation: {
                        name: string;
                        unifiedSocialCreditCode: string;
                        registeredInLingang: boolean;
                    };
                    /** @constant */
                    programme: "REVENUE_MILESTONE";
                    details: {
                        fiscalYear: number;
                        mainBusinessIncome: string;
                        priorYears: {
                            fiscalYear: number;
                            mainBusinessIncome: string;
                        }[];
                    };
                } | {
                    organisation: {
                        name: string;
                        unifiedSocialCreditCode: string;
                        registeredInLingang: boolean;
                    };
                    /** @constant */
                    programme: "ENTERPRISE_SETTLEMENT";
                    details: {
                        /** Format: date */
                        establishedOn: string;
                        /** @enum {string} */
                        origin: "DOMESTIC" | "FOREIGN";
                        requestedAmount: string;
                    };
                } | {
                    organisation: {
                        name: string;
                        unifiedSocialCreditCode: string;
                        registeredInLingang: boolean;
                    };
                    /** @constant */
                    programme: "NATIONAL_PLATFORM";
                    details: {
                        /** @enum {string} */
                        recognition: "NATIONAL_KEY_LABORATORY" | "NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER";
                        recognitionReference: string;
                        /** Format: date */
                        recognizedOn: string;
                        requestedAmount: string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    /** @description the application: /v1/applications/{id} */
                    Location?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the same Idempotency-Key is still in flight */
            409: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over 64 KiB */
            413: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/json */
            415: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the same Idempotency-Key with another body, or before the application window opened */
            422: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The withdrawn application */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not withdrawable in its status (`not-withdrawable`); `concurrent-update` when concurrent requests kept changing it */
            409: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    appealApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description why the decision or review should change */
                    grounds: string;
                    /** @description evidence documents of this application (POST /v1/applications/{id}/documents) */
                    documentIds?: string[];
                };
            };
        };
        responses: {
            /** @description The appealed application */
            202: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description already appealed (`already-appealed`), not INELIGIBLE or REJECTED (`appeal-not-allowed`), or after the window (`appeal-window-closed`); `concurrent-update` when concurrent requests kept changing it */
            409: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over 64 KiB */
            413: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/json */
            415: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The documents */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentList"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "RND_AUDIT_REPORT" | "OPERATING_COST_STATEMENT" | "FINANCIAL_STATEMENT" | "BUSINESS_LICENCE" | "RECOGNITION_CERTIFICATE" | "ACTIVITY_PLAN" | "OTHER";
                    fileName: string;
                    /** @enum {string} */
                    contentType: "application/pdf" | "image/png" | "image/jpeg";
                    /** @description bytes, at most 20 MiB */
                    size: number;
                    /** @description SHA-256 of the file, 64 hex digits */
                    sha256: string;
                };
            };
        };
        responses: {
            /** @description Declared; upload within 15 minutes */
            201: {
                headers: {
                    /** @description the document: /v1/applications/{id}/documents/{documentId} */
                    Location?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentUpload"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the application takes no documents in its status (`documents-not-accepted`), or has 20 (`document-limit-reached`); `concurrent-update` when concurrent requests kept changing it */
            409: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over 64 KiB */
            413: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/json */
            415: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnPayouts: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payouts */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutList"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy */
            200: {
                headers: {
                    /** @description public, cacheable */
                    "Cache-Control"?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    certifyPlatform: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                applicantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    certifiedFrom: string;
                    /** Format: date */
                    certifiedUntil: string;
                    reference: string;
                };
            };
        };
        responses: {
            /** @description The certification */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certification"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over 64 KiB */
            413: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/json */
            415: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchApplications: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "SUBMITTED" | "ELIGIBLE" | "INELIGIBLE" | "NEEDS_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "PAID" | "APPEALED";
                programme?: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
                needsAttention?: true;
            };
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationList"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "APPROVE" | "REJECT";
                    /** @description yuan; required with APPROVE, refused with REJECT */
                    amount?: string;
                    note: string;
                };
            };
        };
        responses: {
            /** @description The reviewed application */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not awaiting review, or no longer eligible; `concurrent-update` when concurrent requests kept changing it */
            409: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over 64 KiB */
            413: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/json */
            415: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the amount is above the decision’s ceiling */
            422: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideAppeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "GRANT" | "UPHOLD";
                    /** @description yuan; required with GRANT, refused with UPHOLD */
                    amount?: string;
                    note: string;
                };
            };
        };
        responses: {
            /** @description The application with its decided appeal */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group, or reviewed this application (`appeal-decider-reviewed`) */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description not APPEALED, or nothing may be granted (a once-only award given, a cap exhausted); `concurrent-update` when concurrent requests kept changing it */
            409: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over 64 KiB */
            413: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/json */
            415: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the amount is above what may be granted */
            422: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPayoutRuns: {
        parameters: {
            query: {
                limit?: number;
                cursor?: string;
                fiscalYear: number;
            };
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutRunList"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startPayoutRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fiscalYear: number;
                };
            };
        };
        responses: {
            /** @description Started */
            202: {
                headers: {
                    /** @description the run: /v1/admin/payout-runs/{runId} */
                    Location?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutRunStarted"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description before 1 March of the following year, or a year the policy does not subsidise */
            409: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over 64 KiB */
            413: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/json */
            415: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPayoutRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutRun"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forecastPayoutRun: {
        parameters: {
            query: {
                limit?: number;
                cursor?: string;
                fiscalYear: number;
            };
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The forecast */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutForecast"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLedger: {
        parameters: {
            query: {
                limit?: number;
                cursor?: string;
                fiscalYear: number;
            };
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ledger entries */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutList"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStatistics: {
        parameters: {
            query?: {
                fiscalYear?: number;
                programme?: "OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM";
            };
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statistics"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startSimulation: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description judge every case under this version instead of the one in force on its date
                     * @enum {string}
                     */
                    policyVersion?: "LG-AI-2020" | "LG-AI-2020-R1";
                    overrides: {
                        ospRndRate?: string;
                        ospRndCumulativeCap?: string;
                        ospOperatingRate?: string;
                        ospOperatingAnnualCap?: string;
                        ospOperatingFirstFiscalYear?: number;
                        ospOperatingPayoutFrom?: string;
                        aiActivityMax?: string;
                        revenueThreshold?: string;
                        revenueTiers?: {
                            above: string;
                            upTo: string | null;
                            award: string;
                        }[];
                        /** @enum {string} */
                        revenueAwardRule?: "ONCE_PER_APPLICANT" | "STEP_UP";
                        /** Format: date */
                        settlementEstablishedFrom?: string;
                        settlementMax?: string;
                        nationalPlatformMax?: string;
                        appealWindowDays?: number;
                    };
                    programmes?: ("OSP_RND" | "OSP_OPERATING" | "AI_ACTIVITY" | "REVENUE_MILESTONE" | "ENTERPRISE_SETTLEMENT" | "NATIONAL_PLATFORM")[];
                    /** Format: date */
                    submittedFrom?: string;
                    /** Format: date */
                    submittedTo?: string;
                };
            };
        };
        responses: {
            /** @description Started */
            202: {
                headers: {
                    /** @description the simulation: /v1/admin/simulations/{id} */
                    Location?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationStarted"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over 64 KiB */
            413: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/json */
            415: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSimulation: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The simulation */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Simulation"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "LEDGER" | "AWARDS";
                    fiscalYear: number;
                };
            };
        };
        responses: {
            /** @description Asked for */
            202: {
                headers: {
                    /** @description the export: /v1/admin/exports/{id} */
                    Location?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportStarted"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is over 64 KiB */
            413: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the body is not sent as application/json */
            415: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                };
            };
            /** @description a field, query or path parameter is not valid (`errors` names each) */
            400: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description nothing with this id, or another applicant’s */
            404: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redriveEvaluations: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many messages moved */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redrive"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    republishEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many events were handed back */
            200: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redrive"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description the caller is not in the admin group */
            403: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document */
            200: {
                headers: {
                    /** @description public, cacheable */
                    "Cache-Control"?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocsPage: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    /** @description public, cacheable */
                    "Cache-Control"?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocsStyles: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Swagger UI’s CSS */
            200: {
                headers: {
                    /** @description public, cacheable */
                    "Cache-Control"?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocsScript: {
        parameters: {
            query?: never;
            header?: {
                /** @description the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured) */
                "Accept-Language"?: components["parameters"]["Accept-Language"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Swagger UI’s JavaScript bundle */
            200: {
                headers: {
                    /** @description public, cacheable */
                    "Cache-Control"?: string;
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description the request could not be completed; it is safe to retry */
            500: {
                headers: {
                    "Content-Language": components["headers"]["Content-Language"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
