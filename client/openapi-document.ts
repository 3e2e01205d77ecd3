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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
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
                            "maxLength": 200,
                            "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
                            "maxLength": 200,
                            "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
                            "maxLength": 200,
                            "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
                            "maxLength": 4000,
                            "pattern": "^(?:[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]|\\r\\n)*$"
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
                            "maxLength": 200,
                            "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
                            "maxLength": 200,
                            "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
                            "maxLength": 200,
                            "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
                            "maxLength": 200,
                            "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
              "examples": {
                "OSP_RND": {
                  "summary": "OSP_RND",
                  "value": {
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
                },
                "OSP_OPERATING": {
                  "summary": "OSP_OPERATING",
                  "value": {
                    "programme": "OSP_OPERATING",
                    "organisation": {
                      "name": "Deep Platform",
                      "unifiedSocialCreditCode": "91350100M000100Y43",
                      "registeredInLingang": true
                    },
                    "details": {
                      "fiscalYear": 2021,
                      "operatingCosts": "2000000.00"
                    }
                  }
                },
                "AI_ACTIVITY": {
                  "summary": "AI_ACTIVITY",
                  "value": {
                    "programme": "AI_ACTIVITY",
                    "organisation": {
                      "name": "Lin-gang AI Events Co., Ltd.",
                      "unifiedSocialCreditCode": "91350100M000100Y43",
                      "registeredInLingang": true
                    },
                    "details": {
                      "activityType": "COMPETITION",
                      "description": "Lin-gang autonomous driving algorithm challenge",
                      "requestedAmount": "300000.00"
                    }
                  }
                },
                "REVENUE_MILESTONE": {
                  "summary": "REVENUE_MILESTONE",
                  "value": {
                    "programme": "REVENUE_MILESTONE",
                    "organisation": {
                      "name": "Lin-gang Vision Co., Ltd.",
                      "unifiedSocialCreditCode": "91350100M000100Y43",
                      "registeredInLingang": true
                    },
                    "details": {
                      "fiscalYear": 2021,
                      "mainBusinessIncome": "12000000.00",
                      "priorYears": [
                        {
                          "fiscalYear": 2020,
                          "mainBusinessIncome": "4000000.00"
                        }
                      ]
                    }
                  }
                },
                "ENTERPRISE_SETTLEMENT": {
                  "summary": "ENTERPRISE_SETTLEMENT",
                  "value": {
                    "programme": "ENTERPRISE_SETTLEMENT",
                    "organisation": {
                      "name": "Lin-gang Robotics Co., Ltd.",
                      "unifiedSocialCreditCode": "91350100M000100Y43",
                      "registeredInLingang": true
                    },
                    "details": {
                      "establishedOn": "2021-02-01",
                      "origin": "FOREIGN",
                      "requestedAmount": "10000000.00"
                    }
                  }
                },
                "NATIONAL_PLATFORM": {
                  "summary": "NATIONAL_PLATFORM",
                  "value": {
                    "programme": "NATIONAL_PLATFORM",
                    "organisation": {
                      "name": "Lin-gang Intelligent Computing Laboratory",
                      "unifiedSocialCreditCode": "91350100M000100Y43",
                      "registeredInLingang": true
                    },
                    "details": {
                      "recognition": "NATIONAL_KEY_LABORATORY",
                      "recognitionReference": "NKL-2021-001",
                      "recognizedOn": "2021-03-01",
                      "requestedAmount": "20000000.00"
                    }
                  }
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
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/applications",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  },
                  "malformed-json": {
                    "summary": "Malformed JSON",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/malformed-json",
                      "title": "Malformed JSON",
                      "status": 400,
                      "detail": "the body is not valid JSON",
                      "instance": "/v1/applications"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "description": "the same Idempotency-Key is still in flight",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "idempotency-key-in-flight": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/idempotency-key-in-flight",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "a request with this Idempotency-Key is still being processed; retry shortly",
                      "instance": "/v1/applications"
                    }
                  }
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "body-too-large": {
                    "summary": "Request body too large",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the body must not exceed 65,536 bytes",
                      "instance": "/v1/applications"
                    }
                  }
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unsupported-media-type": {
                    "summary": "Unsupported media type",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/unsupported-media-type",
                      "title": "Unsupported media type",
                      "status": 415,
                      "detail": "the body must be sent as content-type application/json",
                      "instance": "/v1/applications"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "the same Idempotency-Key with another body, or before the application window opened",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "idempotency-key-reused": {
                    "summary": "Unprocessable request",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/idempotency-key-reused",
                      "title": "Unprocessable request",
                      "status": 422,
                      "detail": "this Idempotency-Key was already used with a different body",
                      "instance": "/v1/applications"
                    }
                  },
                  "application-window-closed": {
                    "summary": "Unprocessable request",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/application-window-closed",
                      "title": "Unprocessable request",
                      "status": 422,
                      "detail": "applications under LG-AI-2020 are accepted from 2021-01-01 (Asia/Shanghai); today is 2020-12-30",
                      "instance": "/v1/applications"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/applications"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of applications",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/applications",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/applications"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The application",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The withdrawn application",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/withdraw",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/withdraw"
                    }
                  }
                }
              }
            }
          },
          "409": {
            "description": "not withdrawable in its status (`not-withdrawable`); `concurrent-update` when concurrent requests kept changing it",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-withdrawable": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-withdrawable",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "an application can be withdrawn only while SUBMITTED or NEEDS_REVIEW; this one is ELIGIBLE",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/withdraw"
                    }
                  },
                  "concurrent-update": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/concurrent-update",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "what this request changes kept changing while it was handled; retry it",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/withdraw"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/withdraw"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
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
                    "pattern": "^(?:[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]|\\r\\n)*$",
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
              "examples": {
                "example": {
                  "summary": "example",
                  "value": {
                    "grounds": "The certification covered the whole period; the certificate is attached.",
                    "documentIds": [
                      "01J9Z8Y7X6W5V4T3S2R1Q0P9N8"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The appealed application",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  },
                  "malformed-json": {
                    "summary": "Malformed JSON",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/malformed-json",
                      "title": "Malformed JSON",
                      "status": 400,
                      "detail": "the body is not valid JSON",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal"
                    }
                  }
                }
              }
            }
          },
          "409": {
            "description": "already appealed (`already-appealed`), not INELIGIBLE or REJECTED (`appeal-not-allowed`), or after the window (`appeal-window-closed`); `concurrent-update` when concurrent requests kept changing it",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "already-appealed": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/already-appealed",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y has already been appealed; an application is appealed once",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal"
                    }
                  },
                  "appeal-not-allowed": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/appeal-not-allowed",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "only an application that is INELIGIBLE or REJECTED can be appealed; this one is ELIGIBLE",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal"
                    }
                  },
                  "appeal-window-closed": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/appeal-window-closed",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "the decision of 2026-03-01 could be appealed for 60 days, through 2026-04-30 (Asia/Shanghai); today is 2026-05-01",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal"
                    }
                  },
                  "concurrent-update": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/concurrent-update",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "what this request changes kept changing while it was handled; retry it",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal"
                    }
                  }
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "body-too-large": {
                    "summary": "Request body too large",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the body must not exceed 65,536 bytes",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal"
                    }
                  }
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unsupported-media-type": {
                    "summary": "Unsupported media type",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/unsupported-media-type",
                      "title": "Unsupported media type",
                      "status": 415,
                      "detail": "the body must be sent as content-type application/json",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
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
                    "pattern": "^(?=.*\\S)[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069/\\\\]{1,255}$"
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
              "examples": {
                "example": {
                  "summary": "example",
                  "value": {
                    "kind": "RND_AUDIT_REPORT",
                    "fileName": "rnd-audit-2021.pdf",
                    "contentType": "application/pdf",
                    "size": 482113,
                    "sha256": "a3f1c2d4e5b6a7980a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071"
                  }
                }
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
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  },
                  "malformed-json": {
                    "summary": "Malformed JSON",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/malformed-json",
                      "title": "Malformed JSON",
                      "status": 400,
                      "detail": "the body is not valid JSON",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  }
                }
              }
            }
          },
          "409": {
            "description": "the application takes no documents in its status (`documents-not-accepted`), or has 20 (`document-limit-reached`); `concurrent-update` when concurrent requests kept changing it",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "documents-not-accepted": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/documents-not-accepted",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "documents can be added only while an application is SUBMITTED, NEEDS_REVIEW, INELIGIBLE, REJECTED; this one is APPROVED",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  },
                  "document-limit-reached": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/document-limit-reached",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "an application holds at most 20 documents",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  },
                  "concurrent-update": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/concurrent-update",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "what this request changes kept changing while it was handled; retry it",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  }
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "body-too-large": {
                    "summary": "Request body too large",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the body must not exceed 65,536 bytes",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  }
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unsupported-media-type": {
                    "summary": "Unsupported media type",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/unsupported-media-type",
                      "title": "Unsupported media type",
                      "status": 415,
                      "detail": "the body must be sent as content-type application/json",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The documents",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The document",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents/{documentId}",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents/{documentId}"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/documents/{documentId}"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of payouts",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/payouts",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/payouts"
                    }
                  }
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
        "parameters": [
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The policy",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/policy"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
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
                    "maxLength": 200,
                    "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
                  }
                },
                "required": [
                  "certifiedFrom",
                  "certifiedUntil",
                  "reference"
                ],
                "additionalProperties": false
              },
              "examples": {
                "example": {
                  "summary": "example",
                  "value": {
                    "certifiedFrom": "2021-01-01",
                    "certifiedUntil": "2026-12-31",
                    "reference": "OSP-CERT-1"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The certification",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/platforms/{applicantId}/certification",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  },
                  "malformed-json": {
                    "summary": "Malformed JSON",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/malformed-json",
                      "title": "Malformed JSON",
                      "status": 400,
                      "detail": "the body is not valid JSON",
                      "instance": "/v1/admin/platforms/{applicantId}/certification"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/platforms/{applicantId}/certification"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/admin/platforms/{applicantId}/certification"
                    }
                  }
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "body-too-large": {
                    "summary": "Request body too large",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the body must not exceed 65,536 bytes",
                      "instance": "/v1/admin/platforms/{applicantId}/certification"
                    }
                  }
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unsupported-media-type": {
                    "summary": "Unsupported media type",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/unsupported-media-type",
                      "title": "Unsupported media type",
                      "status": 415,
                      "detail": "the body must be sent as content-type application/json",
                      "instance": "/v1/admin/platforms/{applicantId}/certification"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/platforms/{applicantId}/certification"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of applications",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/applications",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/applications"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/applications"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
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
                    "maxLength": 2000,
                    "pattern": "^(?:[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]|\\r\\n)*$"
                  }
                },
                "required": [
                  "decision",
                  "note"
                ],
                "additionalProperties": false
              },
              "examples": {
                "example": {
                  "summary": "example",
                  "value": {
                    "decision": "APPROVE",
                    "amount": "250000.00",
                    "note": "Prize pool and venue are eligible."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The reviewed application",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  },
                  "malformed-json": {
                    "summary": "Malformed JSON",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/malformed-json",
                      "title": "Malformed JSON",
                      "status": 400,
                      "detail": "the body is not valid JSON",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review"
                    }
                  }
                }
              }
            }
          },
          "409": {
            "description": "not awaiting review, or no longer eligible; `concurrent-update` when concurrent requests kept changing it",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-awaiting-review": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-awaiting-review",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y is APPROVED; only NEEDS_REVIEW applications are reviewed",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review"
                    }
                  },
                  "no-longer-eligible": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/no-longer-eligible",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "the application can no longer be approved: REVENUE_MILESTONE.oncePerApplicant: The applicant already received the revenue milestone award, which is granted once per applicant.",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review"
                    }
                  },
                  "concurrent-update": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/concurrent-update",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "what this request changes kept changing while it was handled; retry it",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review"
                    }
                  }
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "body-too-large": {
                    "summary": "Request body too large",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the body must not exceed 65,536 bytes",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review"
                    }
                  }
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unsupported-media-type": {
                    "summary": "Unsupported media type",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/unsupported-media-type",
                      "title": "Unsupported media type",
                      "status": 415,
                      "detail": "the body must be sent as content-type application/json",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "the amount is above the decision’s ceiling",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "amount-out-of-range": {
                    "summary": "Unprocessable request",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/amount-out-of-range",
                      "title": "Unprocessable request",
                      "status": 422,
                      "detail": "the amount must be more than 0.00 yuan and at most 300,000.00 yuan (the request limited by the programme's maximum)",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review",
                      "errors": [
                        {
                          "path": "amount",
                          "message": "must be more than 0.00 yuan and at most 300,000.00 yuan (the request limited by the programme's maximum)"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/review"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
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
                    "maxLength": 2000,
                    "pattern": "^(?:[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]|\\r\\n)*$"
                  }
                },
                "required": [
                  "decision",
                  "note"
                ],
                "additionalProperties": false
              },
              "examples": {
                "example": {
                  "summary": "example",
                  "value": {
                    "decision": "GRANT",
                    "amount": "150000.00",
                    "note": "The certificate covers the fiscal year."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The application with its decided appeal",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  },
                  "malformed-json": {
                    "summary": "Malformed JSON",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/malformed-json",
                      "title": "Malformed JSON",
                      "status": 400,
                      "detail": "the body is not valid JSON",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group, or reviewed this application (`appeal-decider-reviewed`)",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  },
                  "appeal-decider-reviewed": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/appeal-decider-reviewed",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "reviewer-1 reviewed this application; its appeal must be decided by another administrator",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  }
                }
              }
            }
          },
          "409": {
            "description": "not APPEALED, or nothing may be granted (a once-only award given, a cap exhausted); `concurrent-update` when concurrent requests kept changing it",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-appealed": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-appealed",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y is INELIGIBLE; only an APPEALED application awaits an appeal decision",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  },
                  "no-longer-eligible": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/no-longer-eligible",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "the application can no longer be approved: REVENUE_MILESTONE.oncePerApplicant: The applicant already received the revenue milestone award, which is granted once per applicant.",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  },
                  "concurrent-update": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/concurrent-update",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "what this request changes kept changing while it was handled; retry it",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  }
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "body-too-large": {
                    "summary": "Request body too large",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the body must not exceed 65,536 bytes",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  }
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unsupported-media-type": {
                    "summary": "Unsupported media type",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/unsupported-media-type",
                      "title": "Unsupported media type",
                      "status": 415,
                      "detail": "the body must be sent as content-type application/json",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "the amount is above what may be granted",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "amount-out-of-range": {
                    "summary": "Unprocessable request",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/amount-out-of-range",
                      "title": "Unprocessable request",
                      "status": 422,
                      "detail": "the amount must be more than 0.00 yuan and at most 300,000.00 yuan (the request limited by the programme's maximum)",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision",
                      "errors": [
                        {
                          "path": "amount",
                          "message": "must be more than 0.00 yuan and at most 300,000.00 yuan (the request limited by the programme's maximum)"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/applications/01JB7Q2W9K3M5N8P4R6T1V0X2Y/appeal-decision"
                    }
                  }
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
        "parameters": [
          {
            "$ref": "#/components/parameters/Accept-Language"
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
              "examples": {
                "example": {
                  "summary": "example",
                  "value": {
                    "fiscalYear": 2021
                  }
                }
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
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/payout-runs",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  },
                  "malformed-json": {
                    "summary": "Malformed JSON",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/malformed-json",
                      "title": "Malformed JSON",
                      "status": 400,
                      "detail": "the body is not valid JSON",
                      "instance": "/v1/admin/payout-runs"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/payout-runs"
                    }
                  }
                }
              }
            }
          },
          "409": {
            "description": "before 1 March of the following year, or a year the policy does not subsidise",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "payout-not-yet-due": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/payout-not-yet-due",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "operating-cost subsidies for fiscal year 2026 are paid from 2027-03-01 (Asia/Shanghai); today is 2026-12-06",
                      "instance": "/v1/admin/payout-runs"
                    }
                  },
                  "fiscal-year-not-subsidised": {
                    "summary": "Conflict",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/fiscal-year-not-subsidised",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "fiscal year 2019 is before 2020, the first fiscal year LG-AI-2020 subsidises",
                      "instance": "/v1/admin/payout-runs"
                    }
                  }
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "body-too-large": {
                    "summary": "Request body too large",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the body must not exceed 65,536 bytes",
                      "instance": "/v1/admin/payout-runs"
                    }
                  }
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unsupported-media-type": {
                    "summary": "Unsupported media type",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/unsupported-media-type",
                      "title": "Unsupported media type",
                      "status": 415,
                      "detail": "the body must be sent as content-type application/json",
                      "instance": "/v1/admin/payout-runs"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/payout-runs"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "get": {
        "operationId": "listPayoutRuns",
        "summary": "The payout runs of a fiscal year, newest first, each with its totals",
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of runs",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PayoutRunList"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/payout-runs",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/payout-runs"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/payout-runs"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The run",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/payout-runs/{runId}",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/payout-runs/{runId}"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/admin/payout-runs/{runId}"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/payout-runs/{runId}"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/payout-forecast": {
      "get": {
        "operationId": "forecastPayoutRun",
        "summary": "What a payout run for a fiscal year would pay now, paying nothing",
        "description": "Every unpaid operating-cost entitlement of the year, read as a run reads them: a run started now finds `entitlements` and pays `amount` (unless entitlements change meanwhile). Per applicant, a page at a time by applicant id; the totals always cover all of them. An amount belongs to the fiscal year whose operating costs it covers.",
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The forecast",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PayoutForecast"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/payout-forecast",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/payout-forecast"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/payout-forecast"
                    }
                  }
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of ledger entries",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/payouts",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/payouts"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/payouts"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/statistics": {
      "get": {
        "operationId": "getStatistics",
        "summary": "What is committed and paid, per fiscal year and programme, with totals",
        "description": "Applications by status, amounts awarded (decided, approved on review, granted on appeal), paid (the ledger) and committed but unpaid, exact to the fen. Answered from aggregates kept up to date from the table’s stream (seconds behind a write), not by counting records. Which fiscal year an amount belongs to: an operating-cost claim and its payments to the year whose costs it covers; every other application to the Asia/Shanghai calendar year of its submission. Both filters are optional: absent means all.",
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
            "name": "fiscalYear",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1900,
              "maximum": 9999
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
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The statistics",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Statistics"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/statistics",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/statistics"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/statistics"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/simulations": {
      "post": {
        "operationId": "startSimulation",
        "summary": "Start a what-if simulation: the stored decisions judged again under a draft of the policy",
        "description": "The draft is a policy version (every case judged under it; absent: each under the version in force on its submission date) with parameter overrides, each named as GET /v1/policy names it and valued as it renders it (e.g. `\"ospOperatingRate\": \"15%\"`). A parameter that does not exist, a value in another unit or out of range is a 400 naming `overrides.<name>`. Every stored decision of the programmes (absent: all) submitted within the window (Asia/Shanghai dates, inclusive; absent: no bound) is judged again with the history it was decided with (caps already consumed, once-only awards), asynchronously; nothing stored changes. Follow it at the Location.",
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
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "properties": {
                  "policyVersion": {
                    "type": "string",
                    "enum": [
                      "LG-AI-2020",
                      "LG-AI-2020-R1"
                    ],
                    "description": "judge every case under this version instead of the one in force on its date"
                  },
                  "overrides": {
                    "type": "object",
                    "properties": {
                      "ospRndRate": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]{0,2})(\\.[0-9]{1,2})?%$"
                      },
                      "ospRndCumulativeCap": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                      },
                      "ospOperatingRate": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]{0,2})(\\.[0-9]{1,2})?%$"
                      },
                      "ospOperatingAnnualCap": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                      },
                      "ospOperatingFirstFiscalYear": {
                        "type": "integer",
                        "minimum": 2000,
                        "maximum": 2100
                      },
                      "ospOperatingPayoutFrom": {
                        "type": "string",
                        "pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
                      },
                      "aiActivityMax": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                      },
                      "revenueThreshold": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                      },
                      "revenueTiers": {
                        "minItems": 1,
                        "maxItems": 20,
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "above": {
                              "type": "string",
                              "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                            },
                            "upTo": {
                              "anyOf": [
                                {
                                  "type": "string",
                                  "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                                },
                                {
                                  "type": "null"
                                }
                              ]
                            },
                            "award": {
                              "type": "string",
                              "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                            }
                          },
                          "required": [
                            "above",
                            "upTo",
                            "award"
                          ],
                          "additionalProperties": false
                        }
                      },
                      "revenueAwardRule": {
                        "type": "string",
                        "enum": [
                          "ONCE_PER_APPLICANT",
                          "STEP_UP"
                        ]
                      },
                      "settlementEstablishedFrom": {
                        "type": "string",
                        "format": "date",
                        "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                      },
                      "settlementMax": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                      },
                      "nationalPlatformMax": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
                      },
                      "appealWindowDays": {
                        "type": "integer",
                        "minimum": 1,
                        "maximum": 3650
                      }
                    },
                    "additionalProperties": false
                  },
                  "programmes": {
                    "minItems": 1,
                    "type": "array",
                    "items": {
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
                  "submittedFrom": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                  },
                  "submittedTo": {
                    "type": "string",
                    "format": "date",
                    "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
                  }
                },
                "required": [
                  "overrides"
                ],
                "additionalProperties": false
              },
              "examples": {
                "operatingRate": {
                  "summary": "operatingRate",
                  "value": {
                    "overrides": {
                      "ospOperatingRate": "15%"
                    },
                    "programmes": [
                      "OSP_OPERATING"
                    ]
                  }
                },
                "window": {
                  "summary": "window",
                  "value": {
                    "policyVersion": "LG-AI-2020-R1",
                    "overrides": {
                      "aiActivityMax": "6000000.00"
                    },
                    "submittedFrom": "2021-01-01",
                    "submittedTo": "2021-12-31"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Started",
            "headers": {
              "Location": {
                "description": "the simulation: /v1/admin/simulations/{id}",
                "schema": {
                  "type": "string"
                }
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SimulationStarted"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/simulations",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  },
                  "malformed-json": {
                    "summary": "Malformed JSON",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/malformed-json",
                      "title": "Malformed JSON",
                      "status": 400,
                      "detail": "the body is not valid JSON",
                      "instance": "/v1/admin/simulations"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/simulations"
                    }
                  }
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "body-too-large": {
                    "summary": "Request body too large",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the body must not exceed 65,536 bytes",
                      "instance": "/v1/admin/simulations"
                    }
                  }
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unsupported-media-type": {
                    "summary": "Unsupported media type",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/unsupported-media-type",
                      "title": "Unsupported media type",
                      "status": 415,
                      "detail": "the body must be sent as content-type application/json",
                      "instance": "/v1/admin/simulations"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/simulations"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/simulations/{id}": {
      "get": {
        "operationId": "getSimulation",
        "summary": "A what-if simulation’s progress and, once completed, its result per programme",
        "description": "Per programme, once COMPLETED: cases judged again, changed outcomes and amounts, totals before and after and their difference, the 20 largest changes; and the same as CSV (UTF-8 with a byte-order mark, headers in the language the simulation was asked in: each programme’s total line, then its 20 largest changes with the organisation) at a download URL valid 5 minutes.",
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The simulation",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Simulation"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/simulations/01JB7Q2W9K3M5N8P4R6T1V0X2Y",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/simulations/01JB7Q2W9K3M5N8P4R6T1V0X2Y"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/admin/simulations/01JB7Q2W9K3M5N8P4R6T1V0X2Y"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/simulations/01JB7Q2W9K3M5N8P4R6T1V0X2Y"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/exports": {
      "post": {
        "operationId": "startExport",
        "summary": "Ask for a finance export: the ledger or the awards of a fiscal year, as CSV",
        "description": "A job writes the file to private storage (any size); read GET /v1/admin/exports/{id} for its status and, once DONE, a download URL valid five minutes. CSV in UTF-8 with a byte-order mark, headers in the language negotiated from this request’s Accept-Language, money as yuan exact to the fen, cells beginning with =, +, -, @ neutralised with a leading apostrophe. LEDGER: the payments of the year (the year of the entitlement each pays); AWARDS: what applications now ELIGIBLE, APPROVED or PAID were awarded (an operating-cost claim in the year whose costs it covers, every other application in the Asia/Shanghai calendar year of its submission), so the file’s total equals GET /v1/admin/statistics’ for the year.",
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
            "$ref": "#/components/parameters/Accept-Language"
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
                      "LEDGER",
                      "AWARDS"
                    ]
                  },
                  "fiscalYear": {
                    "type": "integer",
                    "minimum": 1900,
                    "maximum": 9999
                  }
                },
                "required": [
                  "kind",
                  "fiscalYear"
                ],
                "additionalProperties": false
              },
              "examples": {
                "example": {
                  "summary": "example",
                  "value": {
                    "kind": "LEDGER",
                    "fiscalYear": 2021
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Asked for",
            "headers": {
              "Location": {
                "description": "the export: /v1/admin/exports/{id}",
                "schema": {
                  "type": "string"
                }
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportStarted"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/exports",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  },
                  "malformed-json": {
                    "summary": "Malformed JSON",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/malformed-json",
                      "title": "Malformed JSON",
                      "status": 400,
                      "detail": "the body is not valid JSON",
                      "instance": "/v1/admin/exports"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/exports"
                    }
                  }
                }
              }
            }
          },
          "413": {
            "description": "the body is over 64 KiB",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "body-too-large": {
                    "summary": "Request body too large",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/body-too-large",
                      "title": "Request body too large",
                      "status": 413,
                      "detail": "the body must not exceed 65,536 bytes",
                      "instance": "/v1/admin/exports"
                    }
                  }
                }
              }
            }
          },
          "415": {
            "description": "the body is not sent as application/json",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "unsupported-media-type": {
                    "summary": "Unsupported media type",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/unsupported-media-type",
                      "title": "Unsupported media type",
                      "status": 415,
                      "detail": "the body must be sent as content-type application/json",
                      "instance": "/v1/admin/exports"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/exports"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/v1/admin/exports/{id}": {
      "get": {
        "operationId": "getExport",
        "summary": "A finance export’s status, and its download URL once written",
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
          },
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The export",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Export"
                }
              }
            }
          },
          "400": {
            "description": "a field, query or path parameter is not valid (`errors` names each)",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "validation": {
                    "summary": "The request is not valid",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/validation",
                      "title": "The request is not valid",
                      "status": 400,
                      "detail": "organisation.unifiedSocialCreditCode: Invalid input: expected string, received undefined; organisation.registeredInLingang: Invalid input: expected boolean, received undefined; details: Invalid input: expected object, received undefined",
                      "instance": "/v1/admin/exports/01JB7Q2W9K3M5N8P4R6T1V0X2Y",
                      "errors": [
                        {
                          "path": "organisation.unifiedSocialCreditCode",
                          "message": "Invalid input: expected string, received undefined"
                        },
                        {
                          "path": "organisation.registeredInLingang",
                          "message": "Invalid input: expected boolean, received undefined"
                        },
                        {
                          "path": "details",
                          "message": "Invalid input: expected object, received undefined"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "description": "the caller is not in the admin group",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/exports/01JB7Q2W9K3M5N8P4R6T1V0X2Y"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "description": "nothing with this id, or another applicant’s",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "not-found": {
                    "summary": "Not found",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/not-found",
                      "title": "Not found",
                      "status": 404,
                      "detail": "application 01JB7Q2W9K3M5N8P4R6T1V0X2Y was not found",
                      "instance": "/v1/admin/exports/01JB7Q2W9K3M5N8P4R6T1V0X2Y"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/exports/01JB7Q2W9K3M5N8P4R6T1V0X2Y"
                    }
                  }
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
        "parameters": [
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "How many messages moved",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/evaluation-redrive"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/evaluation-redrive"
                    }
                  }
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
        "parameters": [
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "How many events were handed back",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "forbidden": {
                    "summary": "Forbidden",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/forbidden",
                      "title": "Forbidden",
                      "status": 403,
                      "detail": "this route needs membership of the admin group",
                      "instance": "/v1/admin/event-republish"
                    }
                  }
                }
              }
            }
          },
          "500": {
            "description": "the request could not be completed; it is safe to retry",
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/admin/event-republish"
                    }
                  }
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
        "parameters": [
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 document",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/v1/openapi.json"
                    }
                  }
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
        "parameters": [
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "The page",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/docs"
                    }
                  }
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
        "parameters": [
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "Swagger UI’s CSS",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/docs/swagger-ui.css"
                    }
                  }
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
        "parameters": [
          {
            "$ref": "#/components/parameters/Accept-Language"
          }
        ],
        "responses": {
          "200": {
            "description": "Swagger UI’s JavaScript bundle",
            "headers": {
              "Cache-Control": {
                "description": "public, cacheable",
                "schema": {
                  "type": "string"
                }
              },
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
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
            "headers": {
              "Content-Language": {
                "$ref": "#/components/headers/Content-Language"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "internal": {
                    "summary": "Internal error",
                    "value": {
                      "type": "https://lingang.ai-subsidy/problems/internal",
                      "title": "Internal error",
                      "status": 500,
                      "detail": "the request could not be completed; it is safe to retry",
                      "instance": "/docs/swagger-ui-bundle.js"
                    }
                  }
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
    "parameters": {
      "Accept-Language": {
        "name": "Accept-Language",
        "in": "header",
        "required": false,
        "description": "the language of the answer: zh, zh-CN, zh-Hans → Chinese, anything else English (q-values honoured)",
        "schema": {
          "type": "string",
          "examples": [
            "en",
            "zh-CN"
          ]
        }
      }
    },
    "headers": {
      "Content-Language": {
        "description": "the language the answer is written in",
        "schema": {
          "type": "string",
          "enum": [
            "en",
            "zh-CN"
          ]
        }
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
                "maxLength": 200,
                "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
                    "maxLength": 4000,
                    "pattern": "^(?:[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]|\\r\\n)*$"
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
                    "maxLength": 200,
                    "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
                      "maxLength": 200,
                      "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
                          "maxLength": 4000,
                          "pattern": "^(?:[^\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]|\\r\\n)*$"
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
                          "maxLength": 200,
                          "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\u202A-\\u202E\\u2066-\\u2069]*$"
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
      "PayoutRunList": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
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
      "PayoutForecast": {
        "type": "object",
        "properties": {
          "fiscalYear": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991
          },
          "payableFrom": {
            "type": "string",
            "format": "date",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$",
            "description": "the first day (Asia/Shanghai) a run may pay the year"
          },
          "entitlements": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "unpaid operating-cost entitlements of the year: what a run started now finds and pays"
          },
          "amount": {
            "type": "string",
            "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
            "description": "what a run started now pays in all"
          },
          "applicants": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "applicants holding those entitlements"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "applicantId": {
                  "type": "string"
                },
                "entitlements": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991
                },
                "amount": {
                  "type": "string",
                  "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                  "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                }
              },
              "required": [
                "applicantId",
                "entitlements",
                "amount"
              ],
              "additionalProperties": false
            },
            "description": "per applicant, by applicant id, a page at a time"
          },
          "nextCursor": {
            "type": "string",
            "description": "pass as `cursor` for the next page of applicants"
          }
        },
        "required": [
          "fiscalYear",
          "payableFrom",
          "entitlements",
          "amount",
          "applicants",
          "items"
        ],
        "additionalProperties": false,
        "description": "What a payout run for the fiscal year would pay now; nothing is paid or stored."
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
      "Statistics": {
        "type": "object",
        "properties": {
          "fiscalYear": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991,
            "description": "the filter, when given"
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
            ],
            "description": "the filter, when given"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "fiscalYear": {
                  "type": "integer",
                  "minimum": -9007199254740991,
                  "maximum": 9007199254740991
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
                "applications": {
                  "type": "object",
                  "properties": {
                    "total": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 9007199254740991
                    },
                    "byStatus": {
                      "type": "object",
                      "properties": {
                        "SUBMITTED": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9007199254740991
                        },
                        "ELIGIBLE": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9007199254740991
                        },
                        "INELIGIBLE": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9007199254740991
                        },
                        "NEEDS_REVIEW": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9007199254740991
                        },
                        "APPROVED": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9007199254740991
                        },
                        "REJECTED": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9007199254740991
                        },
                        "WITHDRAWN": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9007199254740991
                        },
                        "PAID": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9007199254740991
                        },
                        "APPEALED": {
                          "type": "integer",
                          "minimum": 0,
                          "maximum": 9007199254740991
                        }
                      },
                      "required": [
                        "SUBMITTED",
                        "ELIGIBLE",
                        "INELIGIBLE",
                        "NEEDS_REVIEW",
                        "APPROVED",
                        "REJECTED",
                        "WITHDRAWN",
                        "PAID",
                        "APPEALED"
                      ],
                      "additionalProperties": false
                    }
                  },
                  "required": [
                    "total",
                    "byStatus"
                  ],
                  "additionalProperties": false
                },
                "awarded": {
                  "type": "object",
                  "properties": {
                    "total": {
                      "type": "string",
                      "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                      "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                    },
                    "byDecision": {
                      "type": "string",
                      "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                      "description": "decided ELIGIBLE on evaluation (PAID ones included)"
                    },
                    "byReview": {
                      "type": "string",
                      "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                      "description": "APPROVED by a reviewer"
                    },
                    "byAppeal": {
                      "type": "string",
                      "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                      "description": "granted on appeal"
                    }
                  },
                  "required": [
                    "total",
                    "byDecision",
                    "byReview",
                    "byAppeal"
                  ],
                  "additionalProperties": false,
                  "description": "what applications in ELIGIBLE, PAID or APPROVED were awarded, by how"
                },
                "paid": {
                  "type": "object",
                  "properties": {
                    "total": {
                      "type": "string",
                      "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                      "description": "the ledger: payout runs’ payments"
                    },
                    "payments": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 9007199254740991
                    }
                  },
                  "required": [
                    "total",
                    "payments"
                  ],
                  "additionalProperties": false
                },
                "committedUnpaid": {
                  "type": "string",
                  "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                  "description": "awarded minus paid: awards not (yet) in the ledger"
                }
              },
              "required": [
                "fiscalYear",
                "programme",
                "applications",
                "awarded",
                "paid",
                "committedUnpaid"
              ],
              "additionalProperties": false
            }
          },
          "totals": {
            "type": "object",
            "properties": {
              "applications": {
                "type": "object",
                "properties": {
                  "total": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 9007199254740991
                  },
                  "byStatus": {
                    "type": "object",
                    "properties": {
                      "SUBMITTED": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 9007199254740991
                      },
                      "ELIGIBLE": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 9007199254740991
                      },
                      "INELIGIBLE": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 9007199254740991
                      },
                      "NEEDS_REVIEW": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 9007199254740991
                      },
                      "APPROVED": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 9007199254740991
                      },
                      "REJECTED": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 9007199254740991
                      },
                      "WITHDRAWN": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 9007199254740991
                      },
                      "PAID": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 9007199254740991
                      },
                      "APPEALED": {
                        "type": "integer",
                        "minimum": 0,
                        "maximum": 9007199254740991
                      }
                    },
                    "required": [
                      "SUBMITTED",
                      "ELIGIBLE",
                      "INELIGIBLE",
                      "NEEDS_REVIEW",
                      "APPROVED",
                      "REJECTED",
                      "WITHDRAWN",
                      "PAID",
                      "APPEALED"
                    ],
                    "additionalProperties": false
                  }
                },
                "required": [
                  "total",
                  "byStatus"
                ],
                "additionalProperties": false
              },
              "awarded": {
                "type": "object",
                "properties": {
                  "total": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                    "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                  },
                  "byDecision": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                    "description": "decided ELIGIBLE on evaluation (PAID ones included)"
                  },
                  "byReview": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                    "description": "APPROVED by a reviewer"
                  },
                  "byAppeal": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                    "description": "granted on appeal"
                  }
                },
                "required": [
                  "total",
                  "byDecision",
                  "byReview",
                  "byAppeal"
                ],
                "additionalProperties": false,
                "description": "what applications in ELIGIBLE, PAID or APPROVED were awarded, by how"
              },
              "paid": {
                "type": "object",
                "properties": {
                  "total": {
                    "type": "string",
                    "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                    "description": "the ledger: payout runs’ payments"
                  },
                  "payments": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 9007199254740991
                  }
                },
                "required": [
                  "total",
                  "payments"
                ],
                "additionalProperties": false
              },
              "committedUnpaid": {
                "type": "string",
                "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                "description": "awarded minus paid: awards not (yet) in the ledger"
              }
            },
            "required": [
              "applications",
              "awarded",
              "paid",
              "committedUnpaid"
            ],
            "additionalProperties": false
          }
        },
        "required": [
          "items",
          "totals"
        ],
        "additionalProperties": false,
        "description": "Per fiscal year and programme. An operating-cost claim (OSP_OPERATING) and its payments belong to the fiscal year whose costs it covers (details.fiscalYear, the year whose payout run pays it); every other application and its award to the Asia/Shanghai calendar year of its submission."
      },
      "SimulationStarted": {
        "type": "object",
        "properties": {
          "simulationId": {
            "type": "string",
            "format": "uuid",
            "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"
          },
          "status": {
            "type": "string",
            "enum": [
              "RUNNING",
              "COMPLETED",
              "FAILED"
            ],
            "description": "RUNNING while pages are judged; FAILED if its start could not be queued (ask again)"
          }
        },
        "required": [
          "simulationId",
          "status"
        ],
        "additionalProperties": false
      },
      "Simulation": {
        "type": "object",
        "properties": {
          "simulationId": {
            "type": "string",
            "format": "uuid",
            "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"
          },
          "status": {
            "type": "string",
            "enum": [
              "RUNNING",
              "COMPLETED",
              "FAILED"
            ],
            "description": "RUNNING while pages are judged; FAILED if its start could not be queued (ask again)"
          },
          "policyVersion": {
            "type": "string",
            "description": "every case judged under this version"
          },
          "overrides": {
            "type": "object",
            "propertyNames": {
              "type": "string"
            },
            "additionalProperties": {},
            "description": "the draft’s parameters, as sent"
          },
          "programmes": {
            "type": "array",
            "items": {
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
          "submittedFrom": {
            "type": "string",
            "format": "date",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
          },
          "submittedTo": {
            "type": "string",
            "format": "date",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$"
          },
          "requestedBy": {
            "type": "string"
          },
          "startedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          },
          "completedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          },
          "progress": {
            "type": "object",
            "properties": {
              "cases": {
                "type": "integer",
                "minimum": 0,
                "maximum": 9007199254740991,
                "description": "stored decisions judged so far"
              },
              "partsDone": {
                "type": "integer",
                "minimum": 0,
                "maximum": 9007199254740991
              },
              "parts": {
                "type": "integer",
                "minimum": 0,
                "maximum": 9007199254740991,
                "description": "programmes × index shards: each is read a page at a time"
              }
            },
            "required": [
              "cases",
              "partsDone",
              "parts"
            ],
            "additionalProperties": false
          },
          "result": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
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
                "cases": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991,
                  "description": "stored decisions judged again"
                },
                "changedOutcomes": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991,
                  "description": "cases whose outcome the draft changes"
                },
                "changedAmounts": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991,
                  "description": "cases whose amount the draft changes"
                },
                "totalBefore": {
                  "type": "string",
                  "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                  "description": "the stored decisions’ amounts (award, or the most a reviewer may approve)"
                },
                "totalAfter": {
                  "type": "string",
                  "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                  "description": "the same under the draft"
                },
                "difference": {
                  "type": "string",
                  "pattern": "^-?(0|[1-9][0-9]*)\\.[0-9]{2}$",
                  "description": "yuan, exactly two decimals, negative when the draft decides less, e.g. \"-50000.00\""
                },
                "largestChanges": {
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
                      "outcomeBefore": {
                        "type": "string",
                        "enum": [
                          "ELIGIBLE",
                          "INELIGIBLE",
                          "NEEDS_REVIEW"
                        ]
                      },
                      "outcomeAfter": {
                        "type": "string",
                        "enum": [
                          "ELIGIBLE",
                          "INELIGIBLE",
                          "NEEDS_REVIEW"
                        ]
                      },
                      "amountBefore": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                        "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                      },
                      "amountAfter": {
                        "type": "string",
                        "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
                        "description": "yuan, exactly two decimals, e.g. \"12500000.00\""
                      },
                      "difference": {
                        "type": "string",
                        "pattern": "^-?(0|[1-9][0-9]*)\\.[0-9]{2}$",
                        "description": "yuan, exactly two decimals, negative when the draft decides less, e.g. \"-50000.00\""
                      }
                    },
                    "required": [
                      "applicationId",
                      "applicantId",
                      "outcomeBefore",
                      "outcomeAfter",
                      "amountBefore",
                      "amountAfter",
                      "difference"
                    ],
                    "additionalProperties": false
                  },
                  "description": "the 20 largest changes by size of the difference, then by application id"
                }
              },
              "required": [
                "programme",
                "cases",
                "changedOutcomes",
                "changedAmounts",
                "totalBefore",
                "totalAfter",
                "difference",
                "largestChanges"
              ],
              "additionalProperties": false
            },
            "description": "per programme, once COMPLETED"
          },
          "download": {
            "type": "object",
            "properties": {
              "url": {
                "type": "string"
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
            "additionalProperties": false,
            "description": "once COMPLETED, a GET of the result as CSV (UTF-8 with a byte-order mark, headers in the language the simulation was asked in), valid five minutes; read again for a new one"
          }
        },
        "required": [
          "simulationId",
          "status",
          "overrides",
          "programmes",
          "requestedBy",
          "startedAt",
          "progress"
        ],
        "additionalProperties": false,
        "description": "A what-if simulation: the stored decisions judged again under a draft of the policy, with the history each had; nothing stored is changed."
      },
      "ExportStarted": {
        "type": "object",
        "properties": {
          "exportId": {
            "type": "string",
            "format": "uuid",
            "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"
          },
          "kind": {
            "type": "string",
            "enum": [
              "LEDGER",
              "AWARDS"
            ],
            "description": "LEDGER: the payments of the year; AWARDS: what the year awarded"
          },
          "fiscalYear": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991
          },
          "status": {
            "type": "string",
            "enum": [
              "PENDING",
              "DONE",
              "FAILED"
            ]
          }
        },
        "required": [
          "exportId",
          "kind",
          "fiscalYear",
          "status"
        ],
        "additionalProperties": false
      },
      "Export": {
        "type": "object",
        "properties": {
          "exportId": {
            "type": "string",
            "format": "uuid",
            "pattern": "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"
          },
          "kind": {
            "type": "string",
            "enum": [
              "LEDGER",
              "AWARDS"
            ],
            "description": "LEDGER: the payments of the year; AWARDS: what the year awarded"
          },
          "fiscalYear": {
            "type": "integer",
            "minimum": -9007199254740991,
            "maximum": 9007199254740991
          },
          "language": {
            "type": "string",
            "enum": [
              "en",
              "zh-CN"
            ],
            "description": "the headers' language, negotiated when the export was asked for"
          },
          "status": {
            "type": "string",
            "enum": [
              "PENDING",
              "DONE",
              "FAILED"
            ],
            "description": "PENDING while the job writes the file; FAILED if it gave up or could not be queued"
          },
          "requestedBy": {
            "type": "string"
          },
          "requestedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          },
          "completedAt": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"
          },
          "rows": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "amount": {
            "type": "string",
            "pattern": "^(0|[1-9][0-9]*)\\.[0-9]{2}$",
            "description": "the sum of the file's amounts"
          },
          "bytes": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "download": {
            "type": "object",
            "properties": {
              "url": {
                "type": "string"
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
            "additionalProperties": false,
            "description": "a GET of the CSV (UTF-8 with a byte-order mark), valid five minutes; read again for a new one"
          }
        },
        "required": [
          "exportId",
          "kind",
          "fiscalYear",
          "language",
          "status",
          "requestedBy",
          "requestedAt"
        ],
        "additionalProperties": false,
        "description": "A finance export: the ledger of a fiscal year (its entries belong to the year of the entitlement they pay) or its awards (an operating-cost claim belongs to the year whose costs it covers, every other application to the Asia/Shanghai calendar year of its submission), as GET /v1/admin/statistics counts them."
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
