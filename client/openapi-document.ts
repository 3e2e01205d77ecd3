/** Generated from schemas/ by `npm run schemas` (scripts/openapi/client-types.ts): do not edit. */

/** The OpenAPI 3.1 document the client was generated from (schemas/openapi.json). */
export const OPENAPI_DOCUMENT: Record<string, any> = {
  "openapi": "3.1.0",
  "info": {
    "title": "Lin-gang AI Subsidy Platform API",
    "version": "1.0.0",
    "description": "Applications for the Shanghai Lin-gang Special Area AI support policy, their decisions with reasons, reviews and payouts. Money is a string of yuan (answers carry exactly two decimals); errors are RFC 9457 problem documents. The reference page is at /docs."
  },
  "servers": [
    {
      "url": "/",
      "description": "this API (locally http://127.0.0.1:3000)"
    }
  ],
  "tags": [
    {
      "name": "applicant",
      "description": "an applicant’s own applications and payouts (bearer token; `sub` is the applicant)"
    },
    {
      "name": "admin",
      "description": "the administration: members of the `admin` group"
    },
    {
      "name": "public",
      "description": "no token"
    }
  ],
  "paths": {
    "/v1/applications": {
      "post": {
        "operationId": "submitApplication",
        "summary": "Submit an application",
        "description": "Accepted for evaluation (asynchronous): read the decision at the `Location`.",
        "tags": [
          "applicant"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "Idempotency-Key",
            "in": "header",
            "required": false,
            "description": "a repeat with the same key and body answers the first response",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "oneOf": [
                  {
                    "type": "object",
                    "properties": {
                      "organisation": {
                        "type": "object",
                        "properties": {
                          "name": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 200
                          },
                          "unifiedSocialCreditCode": {
                            "type": "string"
                          },
                          "registeredInLingang": {
                            "type": "boolean"
                          }
                        },
                        "required": [
                          "name",
                          "unifiedSocialCreditCode",
                          "registeredInLingang"
                        ],
                        "additionalProperties": false
                      },
                      "programme": {
                        "type": "string",
                        "const": "OSP_RND"
                      },
                      "details": {
                        "type": "object",
                        "properties": {
                          "periodStart": {
                            "type": "string",
                            "format": "date",
                            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                          },
                          "periodEnd": {
                            "type": "string",
                            "format": "date",
                            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                          },
                          "rndCosts": {
                            "type": "string",
                            "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                          }
                        },
                        "required": [
                          "periodStart",
                          "periodEnd",
                          "rndCosts"
                        ],
                        "additionalProperties": false
                      }
                    },
                    "required": [
                      "organisation",
                      "programme",
                      "details"
                    ],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "organisation": {
                        "type": "object",
                        "properties": {
                          "name": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 200
                          },
                          "unifiedSocialCreditCode": {
                            "type": "string"
                          },
                          "registeredInLingang": {
                            "type": "boolean"
                          }
                        },
                        "required": [
                          "name",
                          "unifiedSocialCreditCode",
                          "registeredInLingang"
                        ],
                        "additionalProperties": false
                      },
                      "programme": {
                        "type": "string",
                        "const": "OSP_OPERATING"
                      },
                      "details": {
                        "type": "object",
                        "properties": {
                          "fiscalYear": {
                            "type": "integer",
                            "minimum": 1900,
                            "maximum": 9999
                          },
                          "operatingCosts": {
                            "type": "string",
                            "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                          }
                        },
                        "required": [
                          "fiscalYear",
                          "operatingCosts"
                        ],
                        "additionalProperties": false
                      }
                    },
                    "required": [
                      "organisation",
                      "programme",
                      "details"
                    ],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "organisation": {
                        "type": "object",
                        "properties": {
                          "name": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 200
                          },
                          "unifiedSocialCreditCode": {
                            "type": "string"
                          },
                          "registeredInLingang": {
                            "type": "boolean"
                          }
                        },
                        "required": [
                          "name",
                          "unifiedSocialCreditCode",
                          "registeredInLingang"
                        ],
                        "additionalProperties": false
                      },
                      "programme": {
                        "type": "string",
                        "const": "AI_ACTIVITY"
                      },
                      "details": {
                        "type": "object",
                        "properties": {
                          "activityType": {
                            "type": "string",
                            "enum": [
                              "COMPETITION",
                              "PUBLIC_DATA_COLLECTION",
                              "DATA_OPTIMISATION",
                              "DATA_IMPROVEMENT",
                              "INFRASTRUCTURE_FIRST_USE",
                              "TECHNOLOGY_APPLICATION",
                              "ECOSYSTEM_CONSTRUCTION"
                            ]
                          },
                          "description": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 4000
                          },
                          "requestedAmount": {
                            "type": "string",
                            "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                          }
                        },
                        "required": [
                          "activityType",
                          "description",
                          "requestedAmount"
                        ],
                        "additionalProperties": false
                      }
                    },
                    "required": [
                      "organisation",
                      "programme",
                      "details"
                    ],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "organisation": {
                        "type": "object",
                        "properties": {
                          "name": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 200
                          },
                          "unifiedSocialCreditCode": {
                            "type": "string"
                          },
                          "registeredInLingang": {
                            "type": "boolean"
                          }
                        },
                        "required": [
                          "name",
                          "unifiedSocialCreditCode",
                          "registeredInLingang"
                        ],
                        "additionalProperties": false
                      },
                      "programme": {
                        "type": "string",
                        "const": "REVENUE_MILESTONE"
                      },
                      "details": {
                        "type": "object",
                        "properties": {
                          "fiscalYear": {
                            "type": "integer",
                            "minimum": 1900,
                            "maximum": 9999
                          },
                          "mainBusinessIncome": {
                            "type": "string",
                            "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                          },
                          "priorYears": {
                            "maxItems": 200,
                            "type": "array",
                            "items": {
                              "type": "object",
                              "properties": {
                                "fiscalYear": {
                                  "type": "integer",
                                  "minimum": 1900,
                                  "maximum": 9999
                                },
                                "mainBusinessIncome": {
                                  "type": "string",
                                  "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                                }
                              },
                              "required": [
                                "fiscalYear",
                                "mainBusinessIncome"
                              ],
                              "additionalProperties": false
                            }
                          }
                        },
                        "required": [
                          "fiscalYear",
                          "mainBusinessIncome",
                          "priorYears"
                        ],
                        "additionalProperties": false
                      }
                    },
                    "required": [
                      "organisation",
                      "programme",
                      "details"
                    ],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "organisation": {
                        "type": "object",
                        "properties": {
                          "name": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 200
                          },
                          "unifiedSocialCreditCode": {
                            "type": "string"
                          },
                          "registeredInLingang": {
                            "type": "boolean"
                          }
                        },
                        "required": [
                          "name",
                          "unifiedSocialCreditCode",
                          "registeredInLingang"
                        ],
                        "additionalProperties": false
                      },
                      "programme": {
                        "type": "string",
                        "const": "ENTERPRISE_SETTLEMENT"
                      },
                      "details": {
                        "type": "object",
                        "properties": {
                          "establishedOn": {
                            "type": "string",
                            "format": "date",
                            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                          },
                          "origin": {
                            "type": "string",
                            "enum": [
                              "DOMESTIC",
                              "FOREIGN"
                            ]
                          },
                          "requestedAmount": {
                            "type": "string",
                            "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                          }
                        },
                        "required": [
                          "establishedOn",
                          "origin",
                          "requestedAmount"
                        ],
                        "additionalProperties": false
                      }
                    },
                    "required": [
                      "organisation",
                      "programme",
                      "details"
                    ],
                    "additionalProperties": false
                  },
                  {
                    "type": "object",
                    "properties": {
                      "organisation": {
                        "type": "object",
                        "properties": {
                          "name": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 200
                          },
                          "unifiedSocialCreditCode": {
                            "type": "string"
                          },
                          "registeredInLingang": {
                            "type": "boolean"
                          }
                        },
                        "required": [
                          "name",
                          "unifiedSocialCreditCode",
                          "registeredInLingang"
                        ],
                        "additionalProperties": false
                      },
                      "programme": {
                        "type": "string",
                        "const": "NATIONAL_PLATFORM"
                      },
                      "details": {
                        "type": "object",
                        "properties": {
                          "recognition": {
                            "type": "string",
                            "enum": [
                              "NATIONAL_KEY_LABORATORY",
                              "NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER"
                            ]
                          },
                          "recognitionReference": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 200
                          },
                          "recognizedOn": {
                            "type": "string",
                            "format": "date",
                            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                          },
                          "requestedAmount": {
                            "type": "string",
                            "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                          }
                        },
                        "required": [
                          "recognition",
                          "recognitionReference",
                          "recognizedOn",
                          "requestedAmount"
                        ],
                        "additionalProperties": false
                      }
                    },
                    "required": [
                      "organisation",
                      "programme",
                      "details"
                    ],
                    "additionalProperties": false
                  }
                ]
              },
              "example": {
                "programme": "OSP_RND",
                "organisation": {
                  "name": "Deep Platform",
                  "unifiedSocialCreditCode": "91350100M000100Y43",
                  "registeredInLingang": true
                },
                "details": {
                  "periodStart": "2021-01-01",
                  "periodEnd": "2021-12-31",
                  "rndCosts": "12500000.00"
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Accepted",
            "headers": {
              "Location": {
                "description": "the application: /v1/applications/{id}",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Submission"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "description": "the same Idempotency-Key is still in flight",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "422": {
            "description": "the same Idempotency-Key with another body, or before the application window opened",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      },
      "get": {
        "operationId": "listApplications",
        "summary": "Own applications, newest first",
        "tags": [
          "applicant"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "default": 20,
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 1
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "SUBMITTED",
                "ELIGIBLE",
                "INELIGIBLE",
                "NEEDS_REVIEW",
                "APPROVED",
                "REJECTED",
                "WITHDRAWN",
                "PAID",
                "APPEALED"
              ]
            }
          },
          {
            "name": "programme",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "OSP_RND",
                "OSP_OPERATING",
                "AI_ACTIVITY",
                "REVENUE_MILESTONE",
                "ENTERPRISE_SETTLEMENT",
                "NATIONAL_PLATFORM"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of applications",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplicationList"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/applications/{id}": {
      "get": {
        "operationId": "getApplication",
        "summary": "One application with its decision, review and payouts",
        "description": "The owner or an admin; audit trail for admins. Another applicant’s id is 404.",
        "tags": [
          "applicant"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The application",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Application"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/applications/{id}/withdraw": {
      "post": {
        "operationId": "withdrawApplication",
        "summary": "Withdraw an application (SUBMITTED or NEEDS_REVIEW)",
        "tags": [
          "applicant"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The withdrawn application",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Application"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "409": {
            "description": "not withdrawable in its status (`not-withdrawable`); `concurrent-update` when concurrent requests kept changing it",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/applications/{id}/appeal": {
      "post": {
        "operationId": "appealApplication",
        "summary": "Appeal an INELIGIBLE decision or a REJECTED review (once, within the appeal window)",
        "description": "The owner only. Allowed within `appealWindowDays` (GET /v1/policy) Shanghai calendar days after the decision or review; `documentIds` must be documents of this application. The application becomes APPEALED.",
        "tags": [
          "applicant"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "grounds": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 4000,
                    "description": "why the decision or review should change"
                  },
                  "documentIds": {
                    "maxItems": 20,
                    "type": "array",
                    "items": {
                      "type": "string",
                      "pattern": "^[A-Za-z0-9_-]{1,64}$"
                    },
                    "description": "evidence documents of this application (POST /v1/applications/{id}/documents)"
                  }
                },
                "required": [
                  "grounds"
                ],
                "additionalProperties": false
              },
              "example": {
                "grounds": "The certification covered the whole period; the certificate is attached.",
                "documentIds": [
                  "01J9Z8Y7X6W5V4T3S2R1Q0P9N8"
                ]
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The appealed application",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Application"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "409": {
            "description": "already appealed (`already-appealed`), not INELIGIBLE or REJECTED (`appeal-not-allowed`), or after the window (`appeal-window-closed`); `concurrent-update` when concurrent requests kept changing it",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/applications/{id}/documents": {
      "post": {
        "operationId": "addDocument",
        "summary": "Declare an evidence document and get a presigned PUT to upload it (15 minutes)",
        "description": "The owner, while the application is SUBMITTED, NEEDS_REVIEW, INELIGIBLE or REJECTED; at most 20 documents per application. PUT the file to `upload.url` with exactly `upload.headers` (the signature covers type, length and SHA-256); the document is then verified (size, SHA-256, leading bytes) and becomes VERIFIED or REJECTED.",
        "tags": [
          "applicant"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "RND_AUDIT_REPORT",
                      "OPERATING_COST_STATEMENT",
                      "FINANCIAL_STATEMENT",
                      "BUSINESS_LICENCE",
                      "RECOGNITION_CERTIFICATE",
                      "ACTIVITY_PLAN",
                      "OTHER"
                    ]
                  },
                  "fileName": {
                    "type": "string",
                    "pattern": "^(?=.*\\S)[^\\u0000-\\u001f\\u007f-\\u009f/\\\\]{1,255}$"
                  },
                  "contentType": {
                    "type": "string",
                    "enum": [
                      "application/pdf",
                      "image/png",
                      "image/jpeg"
                    ]
                  },
                  "size": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 20971520,
                    "description": "bytes, at most 20 MiB"
                  },
                  "sha256": {
                    "type": "string",
                    "pattern": "^[0-9A-Fa-f]{64}$",
                    "description": "SHA-256 of the file, 64 hex digits"
                  }
                },
                "required": [
                  "kind",
                  "fileName",
                  "contentType",
                  "size",
                  "sha256"
                ],
                "additionalProperties": false
              },
              "example": {
                "kind": "RND_AUDIT_REPORT",
                "fileName": "rnd-audit-2021.pdf",
                "contentType": "application/pdf",
                "size": 482113,
                "sha256": "a3f1c2d4e5b6a7980a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Declared; upload within 15 minutes",
            "headers": {
              "Location": {
                "description": "the document: /v1/applications/{id}/documents/{documentId}",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DocumentUpload"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "409": {
            "description": "the application takes no documents in its status (`documents-not-accepted`), or has 20 (`document-limit-reached`); `concurrent-update` when concurrent requests kept changing it",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      },
      "get": {
        "operationId": "listDocuments",
        "summary": "The evidence documents of an application, oldest first",
        "description": "The owner or an admin.",
        "tags": [
          "applicant"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The documents",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DocumentList"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/applications/{id}/documents/{documentId}": {
      "get": {
        "operationId": "getDocument",
        "summary": "One evidence document; with a presigned download (5 minutes) once VERIFIED",
        "description": "The owner or an admin.",
        "tags": [
          "applicant"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          },
          {
            "name": "documentId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The document",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Document"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/payouts": {
      "get": {
        "operationId": "listOwnPayouts",
        "summary": "Own ledger entries, newest first",
        "tags": [
          "applicant"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "default": 20,
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 1
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of payouts",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PayoutList"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/policy": {
      "get": {
        "operationId": "getPolicy",
        "summary": "Policy versions, their parameters with references, the version in force today",
        "tags": [
          "public"
        ],
        "security": [],
        "responses": {
          "200": {
            "description": "The policy",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Policy"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/platforms/{applicantId}/certification": {
      "put": {
        "operationId": "certifyPlatform",
        "summary": "Certify an open-source deep-learning platform (one certification per reference)",
        "tags": [
          "admin"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "applicantId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[!\"$-~]{1,128}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "certifiedFrom": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                  },
                  "certifiedUntil": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                  },
                  "reference": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  }
                },
                "required": [
                  "certifiedFrom",
                  "certifiedUntil",
                  "reference"
                ],
                "additionalProperties": false
              },
              "example": {
                "certifiedFrom": "2021-01-01",
                "certifiedUntil": "2026-12-31",
                "reference": "OSP-CERT-1"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The certification",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Certification"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/applications": {
      "get": {
        "operationId": "searchApplications",
        "summary": "Review queue and search",
        "description": "No filter: the review queue (NEEDS_REVIEW); `needsAttention=true`: applications whose evaluation kept failing.",
        "tags": [
          "admin"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "default": 20,
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 1
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "SUBMITTED",
                "ELIGIBLE",
                "INELIGIBLE",
                "NEEDS_REVIEW",
                "APPROVED",
                "REJECTED",
                "WITHDRAWN",
                "PAID",
                "APPEALED"
              ]
            }
          },
          {
            "name": "programme",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "OSP_RND",
                "OSP_OPERATING",
                "AI_ACTIVITY",
                "REVENUE_MILESTONE",
                "ENTERPRISE_SETTLEMENT",
                "NATIONAL_PLATFORM"
              ]
            }
          },
          {
            "name": "needsAttention",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean",
              "const": true
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of applications",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApplicationList"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/applications/{id}/review": {
      "post": {
        "operationId": "reviewApplication",
        "summary": "Approve (with an amount) or reject an application that needs review",
        "tags": [
          "admin"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "decision": {
                    "type": "string",
                    "enum": [
                      "APPROVE",
                      "REJECT"
                    ]
                  },
                  "amount": {
                    "description": "yuan; required with APPROVE, refused with REJECT",
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                  },
                  "note": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  }
                },
                "required": [
                  "decision",
                  "note"
                ],
                "additionalProperties": false
              },
              "example": {
                "decision": "APPROVE",
                "amount": "250000.00",
                "note": "Prize pool and venue are eligible."
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The reviewed application",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Application"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "409": {
            "description": "not awaiting review, or no longer eligible; `concurrent-update` when concurrent requests kept changing it",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "422": {
            "description": "the amount is above the decision’s ceiling",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/applications/{id}/appeal-decision": {
      "post": {
        "operationId": "decideAppeal",
        "summary": "Decide an appeal: UPHOLD the outcome appealed, or GRANT an amount",
        "description": "An administrator other than the one who reviewed the application. GRANT awards within the programme’s limit and what remains of its caps: APPROVED, or ELIGIBLE for an operating-cost entitlement, which the next payout run pays.",
        "tags": [
          "admin"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "decision": {
                    "type": "string",
                    "enum": [
                      "GRANT",
                      "UPHOLD"
                    ]
                  },
                  "amount": {
                    "description": "yuan; required with GRANT, refused with UPHOLD",
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                  },
                  "note": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000
                  }
                },
                "required": [
                  "decision",
                  "note"
                ],
                "additionalProperties": false
              },
              "example": {
                "decision": "GRANT",
                "amount": "150000.00",
                "note": "The certificate covers the fiscal year."
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The application with its decided appeal",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Application"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group, or reviewed this application (`appeal-decider-reviewed`)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "409": {
            "description": "not APPEALED, or nothing may be granted (a once-only award given, a cap exhausted); `concurrent-update` when concurrent requests kept changing it",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "422": {
            "description": "the amount is above what may be granted",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/payout-runs": {
      "post": {
        "operationId": "startPayoutRun",
        "summary": "Start the operating-cost payout run of a fiscal year",
        "tags": [
          "admin"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "fiscalYear": {
                    "type": "integer",
                    "minimum": 1900,
                    "maximum": 9999
                  }
                },
                "required": [
                  "fiscalYear"
                ],
                "additionalProperties": false
              },
              "example": {
                "fiscalYear": 2021
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Started",
            "headers": {
              "Location": {
                "description": "the run: /v1/admin/payout-runs/{runId}",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PayoutRunStarted"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "409": {
            "description": "before 1 March of the following year, or a year the policy does not subsidise",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/payout-runs/{runId}": {
      "get": {
        "operationId": "getPayoutRun",
        "summary": "A payout run’s status and totals",
        "tags": [
          "admin"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "runId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{1,64}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The run",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PayoutRun"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/payouts": {
      "get": {
        "operationId": "listLedger",
        "summary": "The payout ledger of a fiscal year",
        "tags": [
          "admin"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "default": 20,
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 1
            }
          },
          {
            "name": "fiscalYear",
            "in": "query",
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 1900,
              "maximum": 9999
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of ledger entries",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PayoutList"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/evaluation-redrive": {
      "post": {
        "operationId": "redriveEvaluations",
        "summary": "Move the evaluation DLQ’s messages back to the evaluation queue",
        "tags": [
          "admin"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "How many messages moved",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Redrive"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/event-republish": {
      "post": {
        "operationId": "republishEvents",
        "summary": "Hand the events the outbox relay gave up back to it, to publish each once with its eventId",
        "tags": [
          "admin"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "How many events were handed back",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Redrive"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/v1/openapi.json": {
      "get": {
        "operationId": "getOpenApiDocument",
        "summary": "This document",
        "tags": [
          "public"
        ],
        "security": [],
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 document",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "object"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/docs": {
      "get": {
        "operationId": "getDocsPage",
        "summary": "The API reference page (Swagger UI) rendering this document",
        "tags": [
          "public"
        ],
        "security": [],
        "responses": {
          "200": {
            "description": "The page",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/docs/swagger-ui.css": {
      "get": {
        "operationId": "getDocsStyles",
        "summary": "The reference page’s style sheet",
        "tags": [
          "public"
        ],
        "security": [],
        "responses": {
          "200": {
            "description": "Swagger UI’s CSS",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "text/css": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/docs/swagger-ui-bundle.js": {
      "get": {
        "operationId": "getDocsScript",
        "summary": "The reference page’s script",
        "tags": [
          "public"
        ],
        "security": [],
        "responses": {
          "200": {
            "description": "Swagger UI’s JavaScript bundle",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              }
            },
            "content": {
              "text/javascript": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearer": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "an OpenID Connect access token; an administrator is recognised by the stage’s rule: the scope `lingang-ai-subsidy/admin` (a stage’s own user pool) or the scope or scalar claim an OIDC stage names, never an array claim"
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "API Gateway’s own answer to a missing, expired, forged or foreign token (not a problem document)",
        "headers": {
          "WWW-Authenticate": {
            "schema": {
              "type": "string"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/GatewayError"
            },
            "example": {
              "message": "Unauthorized"
            }
          }
        }
      }
    },
    "schemas": {
      "Application": {
        "type": "object",
        "properties": {
          "applicationId": {
            "type": "string"
          },
          "applicantId": {
            "type": "string"
          },
          "programme": {
            "type": "string",
            "enum": [
              "OSP_RND",
              "OSP_OPERATING",
              "AI_ACTIVITY",
              "REVENUE_MILESTONE",
              "ENTERPRISE_SETTLEMENT",
              "NATIONAL_PLATFORM"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "SUBMITTED",
              "ELIGIBLE",
              "INELIGIBLE",
              "NEEDS_REVIEW",
              "APPROVED",
              "REJECTED",
              "WITHDRAWN",
              "PAID",
              "APPEALED"
            ]
          },
          "submittedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          },
          "organisation": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              },
              "unifiedSocialCreditCode": {
                "type": "string"
              },
              "registeredInLingang": {
                "type": "boolean"
              }
            },
            "required": [
              "name",
              "unifiedSocialCreditCode",
              "registeredInLingang"
            ],
            "additionalProperties": false
          },
          "details": {
            "anyOf": [
              {
                "type": "object",
                "properties": {
                  "periodStart": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                  },
                  "periodEnd": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                  },
                  "rndCosts": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                  }
                },
                "required": [
                  "periodStart",
                  "periodEnd",
                  "rndCosts"
                ],
                "additionalProperties": false
              },
              {
                "type": "object",
                "properties": {
                  "fiscalYear": {
                    "type": "integer",
                    "minimum": 1900,
                    "maximum": 9999
                  },
                  "operatingCosts": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                  }
                },
                "required": [
                  "fiscalYear",
                  "operatingCosts"
                ],
                "additionalProperties": false
              },
              {
                "type": "object",
                "properties": {
                  "activityType": {
                    "type": "string",
                    "enum": [
                      "COMPETITION",
                      "PUBLIC_DATA_COLLECTION",
                      "DATA_OPTIMISATION",
                      "DATA_IMPROVEMENT",
                      "INFRASTRUCTURE_FIRST_USE",
                      "TECHNOLOGY_APPLICATION",
                      "ECOSYSTEM_CONSTRUCTION"
                    ]
                  },
                  "description": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 4000
                  },
                  "requestedAmount": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                  }
                },
                "required": [
                  "activityType",
                  "description",
                  "requestedAmount"
                ],
                "additionalProperties": false
              },
              {
                "type": "object",
                "properties": {
                  "fiscalYear": {
                    "type": "integer",
                    "minimum": 1900,
                    "maximum": 9999
                  },
                  "mainBusinessIncome": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                  },
                  "priorYears": {
                    "maxItems": 200,
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "fiscalYear": {
                          "type": "integer",
                          "minimum": 1900,
                          "maximum": 9999
                        },
                        "mainBusinessIncome": {
                          "type": "string",
                          "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                        }
                      },
                      "required": [
                        "fiscalYear",
                        "mainBusinessIncome"
                      ],
                      "additionalProperties": false
                    }
                  }
                },
                "required": [
                  "fiscalYear",
                  "mainBusinessIncome",
                  "priorYears"
                ],
                "additionalProperties": false
              },
              {
                "type": "object",
                "properties": {
                  "establishedOn": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                  },
                  "origin": {
                    "type": "string",
                    "enum": [
                      "DOMESTIC",
                      "FOREIGN"
                    ]
                  },
                  "requestedAmount": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                  }
                },
                "required": [
                  "establishedOn",
                  "origin",
                  "requestedAmount"
                ],
                "additionalProperties": false
              },
              {
                "type": "object",
                "properties": {
                  "recognition": {
                    "type": "string",
                    "enum": [
                      "NATIONAL_KEY_LABORATORY",
                      "NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER"
                    ]
                  },
                  "recognitionReference": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "recognizedOn": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                  },
                  "requestedAmount": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                  }
                },
                "required": [
                  "recognition",
                  "recognitionReference",
                  "recognizedOn",
                  "requestedAmount"
                ],
                "additionalProperties": false
              }
            ],
            "description": "the details exactly as submitted, by programme"
          },
          "decision": {
            "type": "object",
            "properties": {
              "outcome": {
                "type": "string",
                "enum": [
                  "ELIGIBLE",
                  "INELIGIBLE",
                  "NEEDS_REVIEW"
                ]
              },
              "amount": {
                "type": "string",
                "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
              },
              "capApplied": {
                "type": "boolean"
              },
              "policyVersion": {
                "type": "string"
              },
              "reasons": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "rule": {
                      "type": "string"
                    },
                    "message": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "rule",
                    "message"
                  ],
                  "additionalProperties": false
                }
              }
            },
            "required": [
              "outcome",
              "amount",
              "capApplied",
              "policyVersion",
              "reasons"
            ],
            "additionalProperties": false
          },
          "review": {
            "type": "object",
            "properties": {
              "decision": {
                "type": "string",
                "enum": [
                  "APPROVE",
                  "REJECT"
                ]
              },
              "amount": {
                "type": "string",
                "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
              },
              "note": {
                "type": "string"
              },
              "reviewedBy": {
                "type": "string"
              },
              "reviewedAt": {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
              }
            },
            "required": [
              "decision",
              "note",
              "reviewedBy",
              "reviewedAt"
            ],
            "additionalProperties": false
          },
          "appeal": {
            "type": "object",
            "properties": {
              "grounds": {
                "type": "string"
              },
              "documentIds": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "appealedAt": {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
              },
              "decision": {
                "type": "string",
                "enum": [
                  "UPHOLD",
                  "GRANT"
                ]
              },
              "amount": {
                "type": "string",
                "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
              },
              "note": {
                "type": "string"
              },
              "decidedBy": {
                "type": "string"
              },
              "decidedAt": {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
              },
              "reasons": {
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "rule": {
                      "type": "string"
                    },
                    "message": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "rule",
                    "message"
                  ],
                  "additionalProperties": false
                }
              },
              "originalDecision": {
                "type": "object",
                "properties": {
                  "outcome": {
                    "type": "string",
                    "enum": [
                      "ELIGIBLE",
                      "INELIGIBLE",
                      "NEEDS_REVIEW"
                    ]
                  },
                  "amount": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                    "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                  },
                  "capApplied": {
                    "type": "boolean"
                  },
                  "policyVersion": {
                    "type": "string"
                  },
                  "reasons": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "rule": {
                          "type": "string"
                        },
                        "message": {
                          "type": "string"
                        }
                      },
                      "required": [
                        "rule",
                        "message"
                      ],
                      "additionalProperties": false
                    }
                  }
                },
                "required": [
                  "outcome",
                  "amount",
                  "capApplied",
                  "policyVersion",
                  "reasons"
                ],
                "additionalProperties": false,
                "description": "the evaluation a grant on an operating-cost entitlement re-decided"
              }
            },
            "required": [
              "grounds",
              "documentIds",
              "appealedAt"
            ],
            "additionalProperties": false
          },
          "needsAttention": {
            "type": "object",
            "properties": {
              "since": {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
              },
              "receives": {
                "type": "integer",
                "minimum": 0,
                "maximum": 9007199254740991
              },
              "error": {
                "type": "string"
              }
            },
            "required": [
              "since",
              "receives",
              "error"
            ],
            "additionalProperties": false
          },
          "audit": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "at": {
                  "type": "string",
                  "format": "date-time",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                },
                "by": {
                  "type": "string"
                },
                "from": {
                  "anyOf": [
                    {
                      "type": "string",
                      "enum": [
                        "SUBMITTED",
                        "ELIGIBLE",
                        "INELIGIBLE",
                        "NEEDS_REVIEW",
                        "APPROVED",
                        "REJECTED",
                        "WITHDRAWN",
                        "PAID",
                        "APPEALED"
                      ]
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "to": {
                  "type": "string",
                  "enum": [
                    "SUBMITTED",
                    "ELIGIBLE",
                    "INELIGIBLE",
                    "NEEDS_REVIEW",
                    "APPROVED",
                    "REJECTED",
                    "WITHDRAWN",
                    "PAID",
                    "APPEALED"
                  ]
                }
              },
              "required": [
                "at",
                "by",
                "from",
                "to"
              ],
              "additionalProperties": false
            }
          },
          "payouts": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "payoutId": {
                  "type": "string"
                },
                "applicationId": {
                  "type": "string"
                },
                "applicantId": {
                  "type": "string"
                },
                "fiscalYear": {
                  "type": "integer",
                  "minimum": -9007199254740991,
                  "maximum": 9007199254740991
                },
                "amount": {
                  "type": "string",
                  "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                  "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                },
                "issuedAt": {
                  "type": "string",
                  "format": "date-time",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                }
              },
              "required": [
                "payoutId",
                "applicationId",
                "applicantId",
                "fiscalYear",
                "amount",
                "issuedAt"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "applicationId",
          "applicantId",
          "programme",
          "status",
          "submittedAt",
          "organisation",
          "details"
        ],
        "additionalProperties": false
      },
      "ApplicationList": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "applicationId": {
                  "type": "string"
                },
                "applicantId": {
                  "type": "string"
                },
                "programme": {
                  "type": "string",
                  "enum": [
                    "OSP_RND",
                    "OSP_OPERATING",
                    "AI_ACTIVITY",
                    "REVENUE_MILESTONE",
                    "ENTERPRISE_SETTLEMENT",
                    "NATIONAL_PLATFORM"
                  ]
                },
                "status": {
                  "type": "string",
                  "enum": [
                    "SUBMITTED",
                    "ELIGIBLE",
                    "INELIGIBLE",
                    "NEEDS_REVIEW",
                    "APPROVED",
                    "REJECTED",
                    "WITHDRAWN",
                    "PAID",
                    "APPEALED"
                  ]
                },
                "submittedAt": {
                  "type": "string",
                  "format": "date-time",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                },
                "organisation": {
                  "type": "object",
                  "properties": {
                    "name": {
                      "type": "string",
                      "minLength": 1,
                      "maxLength": 200
                    },
                    "unifiedSocialCreditCode": {
                      "type": "string"
                    },
                    "registeredInLingang": {
                      "type": "boolean"
                    }
                  },
                  "required": [
                    "name",
                    "unifiedSocialCreditCode",
                    "registeredInLingang"
                  ],
                  "additionalProperties": false
                },
                "details": {
                  "anyOf": [
                    {
                      "type": "object",
                      "properties": {
                        "periodStart": {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                        },
                        "periodEnd": {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                        },
                        "rndCosts": {
                          "type": "string",
                          "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                        }
                      },
                      "required": [
                        "periodStart",
                        "periodEnd",
                        "rndCosts"
                      ],
                      "additionalProperties": false
                    },
                    {
                      "type": "object",
                      "properties": {
                        "fiscalYear": {
                          "type": "integer",
                          "minimum": 1900,
                          "maximum": 9999
                        },
                        "operatingCosts": {
                          "type": "string",
                          "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                        }
                      },
                      "required": [
                        "fiscalYear",
                        "operatingCosts"
                      ],
                      "additionalProperties": false
                    },
                    {
                      "type": "object",
                      "properties": {
                        "activityType": {
                          "type": "string",
                          "enum": [
                            "COMPETITION",
                            "PUBLIC_DATA_COLLECTION",
                            "DATA_OPTIMISATION",
                            "DATA_IMPROVEMENT",
                            "INFRASTRUCTURE_FIRST_USE",
                            "TECHNOLOGY_APPLICATION",
                            "ECOSYSTEM_CONSTRUCTION"
                          ]
                        },
                        "description": {
                          "type": "string",
                          "minLength": 1,
                          "maxLength": 4000
                        },
                        "requestedAmount": {
                          "type": "string",
                          "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                        }
                      },
                      "required": [
                        "activityType",
                        "description",
                        "requestedAmount"
                      ],
                      "additionalProperties": false
                    },
                    {
                      "type": "object",
                      "properties": {
                        "fiscalYear": {
                          "type": "integer",
                          "minimum": 1900,
                          "maximum": 9999
                        },
                        "mainBusinessIncome": {
                          "type": "string",
                          "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                        },
                        "priorYears": {
                          "maxItems": 200,
                          "type": "array",
                          "items": {
                            "type": "object",
                            "properties": {
                              "fiscalYear": {
                                "type": "integer",
                                "minimum": 1900,
                                "maximum": 9999
                              },
                              "mainBusinessIncome": {
                                "type": "string",
                                "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                              }
                            },
                            "required": [
                              "fiscalYear",
                              "mainBusinessIncome"
                            ],
                            "additionalProperties": false
                          }
                        }
                      },
                      "required": [
                        "fiscalYear",
                        "mainBusinessIncome",
                        "priorYears"
                      ],
                      "additionalProperties": false
                    },
                    {
                      "type": "object",
                      "properties": {
                        "establishedOn": {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                        },
                        "origin": {
                          "type": "string",
                          "enum": [
                            "DOMESTIC",
                            "FOREIGN"
                          ]
                        },
                        "requestedAmount": {
                          "type": "string",
                          "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                        }
                      },
                      "required": [
                        "establishedOn",
                        "origin",
                        "requestedAmount"
                      ],
                      "additionalProperties": false
                    },
                    {
                      "type": "object",
                      "properties": {
                        "recognition": {
                          "type": "string",
                          "enum": [
                            "NATIONAL_KEY_LABORATORY",
                            "NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER"
                          ]
                        },
                        "recognitionReference": {
                          "type": "string",
                          "minLength": 1,
                          "maxLength": 200
                        },
                        "recognizedOn": {
                          "type": "string",
                          "format": "date",
                          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                        },
                        "requestedAmount": {
                          "type": "string",
                          "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                        }
                      },
                      "required": [
                        "recognition",
                        "recognitionReference",
                        "recognizedOn",
                        "requestedAmount"
                      ],
                      "additionalProperties": false
                    }
                  ],
                  "description": "the details exactly as submitted, by programme"
                },
                "decision": {
                  "type": "object",
                  "properties": {
                    "outcome": {
                      "type": "string",
                      "enum": [
                        "ELIGIBLE",
                        "INELIGIBLE",
                        "NEEDS_REVIEW"
                      ]
                    },
                    "amount": {
                      "type": "string",
                      "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                      "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                    },
                    "capApplied": {
                      "type": "boolean"
                    },
                    "policyVersion": {
                      "type": "string"
                    },
                    "reasons": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "rule": {
                            "type": "string"
                          },
                          "message": {
                            "type": "string"
                          }
                        },
                        "required": [
                          "rule",
                          "message"
                        ],
                        "additionalProperties": false
                      }
                    }
                  },
                  "required": [
                    "outcome",
                    "amount",
                    "capApplied",
                    "policyVersion",
                    "reasons"
                  ],
                  "additionalProperties": false
                },
                "review": {
                  "type": "object",
                  "properties": {
                    "decision": {
                      "type": "string",
                      "enum": [
                        "APPROVE",
                        "REJECT"
                      ]
                    },
                    "amount": {
                      "type": "string",
                      "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                      "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                    },
                    "note": {
                      "type": "string"
                    },
                    "reviewedBy": {
                      "type": "string"
                    },
                    "reviewedAt": {
                      "type": "string",
                      "format": "date-time",
                      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                    }
                  },
                  "required": [
                    "decision",
                    "note",
                    "reviewedBy",
                    "reviewedAt"
                  ],
                  "additionalProperties": false
                },
                "appeal": {
                  "type": "object",
                  "properties": {
                    "grounds": {
                      "type": "string"
                    },
                    "documentIds": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    "appealedAt": {
                      "type": "string",
                      "format": "date-time",
                      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                    },
                    "decision": {
                      "type": "string",
                      "enum": [
                        "UPHOLD",
                        "GRANT"
                      ]
                    },
                    "amount": {
                      "type": "string",
                      "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                      "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                    },
                    "note": {
                      "type": "string"
                    },
                    "decidedBy": {
                      "type": "string"
                    },
                    "decidedAt": {
                      "type": "string",
                      "format": "date-time",
                      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                    },
                    "reasons": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "properties": {
                          "rule": {
                            "type": "string"
                          },
                          "message": {
                            "type": "string"
                          }
                        },
                        "required": [
                          "rule",
                          "message"
                        ],
                        "additionalProperties": false
                      }
                    },
                    "originalDecision": {
                      "type": "object",
                      "properties": {
                        "outcome": {
                          "type": "string",
                          "enum": [
                            "ELIGIBLE",
                            "INELIGIBLE",
                            "NEEDS_REVIEW"
                          ]
                        },
                        "amount": {
                          "type": "string",
                          "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                          "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                        },
                        "capApplied": {
                          "type": "boolean"
                        },
                        "policyVersion": {
                          "type": "string"
                        },
                        "reasons": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "properties": {
                              "rule": {
                                "type": "string"
                              },
                              "message": {
                                "type": "string"
                              }
                            },
                            "required": [
                              "rule",
                              "message"
                            ],
                            "additionalProperties": false
                          }
                        }
                      },
                      "required": [
                        "outcome",
                        "amount",
                        "capApplied",
                        "policyVersion",
                        "reasons"
                      ],
                      "additionalProperties": false,
                      "description": "the evaluation a grant on an operating-cost entitlement re-decided"
                    }
                  },
                  "required": [
                    "grounds",
                    "documentIds",
                    "appealedAt"
                  ],
                  "additionalProperties": false
                },
                "needsAttention": {
                  "type": "object",
                  "properties": {
                    "since": {
                      "type": "string",
                      "format": "date-time",
                      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                    },
                    "receives": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 9007199254740991
                    },
                    "error": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "since",
                    "receives",
                    "error"
                  ],
                  "additionalProperties": false
                },
                "audit": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "at": {
                        "type": "string",
                        "format": "date-time",
                        "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                      },
                      "by": {
                        "type": "string"
                      },
                      "from": {
                        "anyOf": [
                          {
                            "type": "string",
                            "enum": [
                              "SUBMITTED",
                              "ELIGIBLE",
                              "INELIGIBLE",
                              "NEEDS_REVIEW",
                              "APPROVED",
                              "REJECTED",
                              "WITHDRAWN",
                              "PAID",
                              "APPEALED"
                            ]
                          },
                          {
                            "type": "null"
                          }
                        ]
                      },
                      "to": {
                        "type": "string",
                        "enum": [
                          "SUBMITTED",
                          "ELIGIBLE",
                          "INELIGIBLE",
                          "NEEDS_REVIEW",
                          "APPROVED",
                          "REJECTED",
                          "WITHDRAWN",
                          "PAID",
                          "APPEALED"
                        ]
                      }
                    },
                    "required": [
                      "at",
                      "by",
                      "from",
                      "to"
                    ],
                    "additionalProperties": false
                  }
                },
                "payouts": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "payoutId": {
                        "type": "string"
                      },
                      "applicationId": {
                        "type": "string"
                      },
                      "applicantId": {
                        "type": "string"
                      },
                      "fiscalYear": {
                        "type": "integer",
                        "minimum": -9007199254740991,
                        "maximum": 9007199254740991
                      },
                      "amount": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                        "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                      },
                      "issuedAt": {
                        "type": "string",
                        "format": "date-time",
                        "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                      }
                    },
                    "required": [
                      "payoutId",
                      "applicationId",
                      "applicantId",
                      "fiscalYear",
                      "amount",
                      "issuedAt"
                    ],
                    "additionalProperties": false
                  }
                }
              },
              "required": [
                "applicationId",
                "applicantId",
                "programme",
                "status",
                "submittedAt",
                "organisation",
                "details"
              ],
              "additionalProperties": false
            }
          },
          "nextCursor": {
            "type": "string",
            "description": "pass as `cursor` for the next page"
          }
        },
        "required": [
          "items"
        ],
        "additionalProperties": false
      },
      "Payout": {
        "type": "object",
        "properties": {
          "payoutId": {
            "type": "string"
          },
          "applicationId": {
            "type": "string"
          },
          "applicantId": {
            "type": "string"
          },
          "fiscalYear": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991
          },
          "amount": {
            "type": "string",
            "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
            "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
          },
          "issuedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          }
        },
        "required": [
          "payoutId",
          "applicationId",
          "applicantId",
          "fiscalYear",
          "amount",
          "issuedAt"
        ],
        "additionalProperties": false
      },
      "PayoutList": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "payoutId": {
                  "type": "string"
                },
                "applicationId": {
                  "type": "string"
                },
                "applicantId": {
                  "type": "string"
                },
                "fiscalYear": {
                  "type": "integer",
                  "minimum": -9007199254740991,
                  "maximum": 9007199254740991
                },
                "amount": {
                  "type": "string",
                  "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                  "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                },
                "issuedAt": {
                  "type": "string",
                  "format": "date-time",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                }
              },
              "required": [
                "payoutId",
                "applicationId",
                "applicantId",
                "fiscalYear",
                "amount",
                "issuedAt"
              ],
              "additionalProperties": false
            }
          },
          "nextCursor": {
            "type": "string",
            "description": "pass as `cursor` for the next page"
          }
        },
        "required": [
          "items"
        ],
        "additionalProperties": false
      },
      "PayoutRun": {
        "type": "object",
        "properties": {
          "runId": {
            "type": "string",
            "format": "uuid",
            "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"
          },
          "fiscalYear": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991
          },
          "status": {
            "type": "string",
            "enum": [
              "RUNNING",
              "COMPLETED"
            ]
          },
          "found": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "paid": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "alreadyPaid": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "failed": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "amount": {
            "type": "string",
            "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
            "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
          },
          "startedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          },
          "startedBy": {
            "type": "string"
          },
          "completedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          }
        },
        "required": [
          "runId",
          "fiscalYear",
          "status",
          "found",
          "paid",
          "alreadyPaid",
          "failed",
          "amount",
          "startedAt",
          "startedBy"
        ],
        "additionalProperties": false
      },
      "PayoutRunStarted": {
        "type": "object",
        "properties": {
          "runId": {
            "type": "string",
            "format": "uuid",
            "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"
          },
          "fiscalYear": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991
          },
          "status": {
            "type": "string",
            "enum": [
              "RUNNING",
              "COMPLETED"
            ]
          }
        },
        "required": [
          "runId",
          "fiscalYear",
          "status"
        ],
        "additionalProperties": false
      },
      "Certification": {
        "type": "object",
        "properties": {
          "applicantId": {
            "type": "string"
          },
          "certifiedFrom": {
            "type": "string",
            "format": "date",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
          },
          "certifiedUntil": {
            "type": "string",
            "format": "date",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
          },
          "reference": {
            "type": "string"
          }
        },
        "required": [
          "applicantId",
          "certifiedFrom",
          "certifiedUntil",
          "reference"
        ],
        "additionalProperties": false
      },
      "Submission": {
        "type": "object",
        "properties": {
          "applicationId": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "const": "SUBMITTED"
          },
          "submittedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          }
        },
        "required": [
          "applicationId",
          "status",
          "submittedAt"
        ],
        "additionalProperties": false
      },
      "Redrive": {
        "type": "object",
        "properties": {
          "moved": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          }
        },
        "required": [
          "moved"
        ],
        "additionalProperties": false
      },
      "Policy": {
        "type": "object",
        "properties": {
          "today": {
            "type": "string",
            "format": "date",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$",
            "description": "the Asia/Shanghai calendar date"
          },
          "inForce": {
            "type": "string",
            "description": "the id of the version in force today"
          },
          "versions": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "publishedOn": {
                  "type": "string",
                  "format": "date",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                },
                "inForceFrom": {
                  "type": "string",
                  "format": "date",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                },
                "inForceUntil": {
                  "anyOf": [
                    {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "inForceToday": {
                  "type": "boolean"
                },
                "applicationsFrom": {
                  "type": "string",
                  "format": "date",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                },
                "firstPayoutOn": {
                  "type": "string",
                  "format": "date",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                },
                "validFrom": {
                  "type": "string",
                  "format": "date",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                },
                "validUntil": {
                  "anyOf": [
                    {
                      "type": "string",
                      "format": "date",
                      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "parameters": {
                  "type": "object",
                  "propertyNames": {
                    "type": "string"
                  },
                  "additionalProperties": {
                    "type": "object",
                    "properties": {
                      "value": {
                        "anyOf": [
                          {
                            "type": "string",
                            "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                            "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                          },
                          {
                            "type": "number"
                          },
                          {
                            "type": "string"
                          },
                          {
                            "type": "array",
                            "items": {
                              "type": "object",
                              "properties": {
                                "above": {
                                  "type": "string",
                                  "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                                  "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                                },
                                "upTo": {
                                  "anyOf": [
                                    {
                                      "type": "string",
                                      "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                                      "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                                    },
                                    {
                                      "type": "null"
                                    }
                                  ]
                                },
                                "award": {
                                  "type": "string",
                                  "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                                  "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                                }
                              },
                              "required": [
                                "above",
                                "upTo",
                                "award"
                              ],
                              "additionalProperties": false
                            }
                          }
                        ]
                      },
                      "unit": {
                        "type": "string",
                        "enum": [
                          "CNY",
                          "percent",
                          "year",
                          "date",
                          "month-day",
                          "revenue-tiers",
                          "days",
                          "rule"
                        ]
                      },
                      "since": {
                        "type": "string",
                        "format": "date",
                        "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                      },
                      "reference": {
                        "type": "object",
                        "properties": {
                          "source": {
                            "type": "string"
                          },
                          "clause": {
                            "type": "string"
                          },
                          "text": {
                            "type": "string"
                          }
                        },
                        "required": [
                          "source",
                          "clause",
                          "text"
                        ],
                        "additionalProperties": false
                      },
                      "configurable": {
                        "type": "boolean"
                      }
                    },
                    "required": [
                      "value",
                      "unit",
                      "since",
                      "reference",
                      "configurable"
                    ],
                    "additionalProperties": false
                  }
                }
              },
              "required": [
                "id",
                "title",
                "publishedOn",
                "inForceFrom",
                "inForceUntil",
                "inForceToday",
                "applicationsFrom",
                "firstPayoutOn",
                "validFrom",
                "validUntil",
                "parameters"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "today",
          "inForce",
          "versions"
        ],
        "additionalProperties": false
      },
      "Document": {
        "type": "object",
        "properties": {
          "documentId": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "RND_AUDIT_REPORT",
              "OPERATING_COST_STATEMENT",
              "FINANCIAL_STATEMENT",
              "BUSINESS_LICENCE",
              "RECOGNITION_CERTIFICATE",
              "ACTIVITY_PLAN",
              "OTHER"
            ]
          },
          "fileName": {
            "type": "string"
          },
          "contentType": {
            "type": "string",
            "enum": [
              "application/pdf",
              "image/png",
              "image/jpeg"
            ]
          },
          "size": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991
          },
          "sha256": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
          },
          "status": {
            "type": "string",
            "enum": [
              "PENDING",
              "VERIFIED",
              "REJECTED"
            ]
          },
          "uploadedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          },
          "rejectReason": {
            "type": "string",
            "enum": [
              "SIZE_MISMATCH",
              "CHECKSUM_MISMATCH",
              "TYPE_MISMATCH"
            ]
          },
          "download": {
            "type": "object",
            "properties": {
              "url": {
                "type": "string",
                "format": "uri",
                "description": "presigned GET, valid 5 minutes"
              },
              "expiresAt": {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
              }
            },
            "required": [
              "url",
              "expiresAt"
            ],
            "additionalProperties": false
          }
        },
        "required": [
          "documentId",
          "kind",
          "fileName",
          "contentType",
          "size",
          "sha256",
          "status"
        ],
        "additionalProperties": false
      },
      "DocumentList": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "documentId": {
                  "type": "string"
                },
                "kind": {
                  "type": "string",
                  "enum": [
                    "RND_AUDIT_REPORT",
                    "OPERATING_COST_STATEMENT",
                    "FINANCIAL_STATEMENT",
                    "BUSINESS_LICENCE",
                    "RECOGNITION_CERTIFICATE",
                    "ACTIVITY_PLAN",
                    "OTHER"
                  ]
                },
                "fileName": {
                  "type": "string"
                },
                "contentType": {
                  "type": "string",
                  "enum": [
                    "application/pdf",
                    "image/png",
                    "image/jpeg"
                  ]
                },
                "size": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 9007199254740991
                },
                "sha256": {
                  "type": "string",
                  "pattern": "^[0-9a-f]{64}$"
                },
                "status": {
                  "type": "string",
                  "enum": [
                    "PENDING",
                    "VERIFIED",
                    "REJECTED"
                  ]
                },
                "uploadedAt": {
                  "type": "string",
                  "format": "date-time",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                },
                "rejectReason": {
                  "type": "string",
                  "enum": [
                    "SIZE_MISMATCH",
                    "CHECKSUM_MISMATCH",
                    "TYPE_MISMATCH"
                  ]
                },
                "download": {
                  "type": "object",
                  "properties": {
                    "url": {
                      "type": "string",
                      "format": "uri",
                      "description": "presigned GET, valid 5 minutes"
                    },
                    "expiresAt": {
                      "type": "string",
                      "format": "date-time",
                      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
                    }
                  },
                  "required": [
                    "url",
                    "expiresAt"
                  ],
                  "additionalProperties": false
                }
              },
              "required": [
                "documentId",
                "kind",
                "fileName",
                "contentType",
                "size",
                "sha256",
                "status"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "items"
        ],
        "additionalProperties": false
      },
      "DocumentUpload": {
        "type": "object",
        "properties": {
          "documentId": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "const": "PENDING"
          },
          "upload": {
            "type": "object",
            "properties": {
              "url": {
                "type": "string",
                "format": "uri",
                "description": "presigned PUT, valid 15 minutes"
              },
              "method": {
                "type": "string",
                "const": "PUT"
              },
              "headers": {
                "type": "object",
                "propertyNames": {
                  "type": "string"
                },
                "additionalProperties": {
                  "type": "string"
                },
                "description": "send exactly these with the file as the body: the signature covers them"
              }
            },
            "required": [
              "url",
              "method",
              "headers"
            ],
            "additionalProperties": false
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          }
        },
        "required": [
          "documentId",
          "status",
          "upload",
          "expiresAt"
        ],
        "additionalProperties": false
      },
      "Problem": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "format": "uri"
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer",
            "minimum": 400,
            "maximum": 599
          },
          "detail": {
            "type": "string"
          },
          "instance": {
            "type": "string"
          },
          "errors": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "path": {
                  "type": "string"
                },
                "message": {
                  "type": "string"
                }
              },
              "required": [
                "path",
                "message"
              ],
              "additionalProperties": false
            },
            "description": "one entry per refused field"
          }
        },
        "required": [
          "type",
          "title",
          "status"
        ]
      },
      "GatewayError": {
        "type": "object",
        "properties": {
          "message": {
            "type": "string"
          }
        },
        "required": [
          "message"
        ],
        "additionalProperties": false
      }
    }
  }
};
