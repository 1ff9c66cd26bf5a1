/// The OpenAPI 3.1 document of Accord's REST API, served at `GET /openapi.json`.
///
/// Hand-written; `OpenAPIRoutesTests` keeps it equal to the registered routes (every route is
/// documented and every documented operation is routed). Edit it with the routes.
enum AccordOpenAPIDocument {
    static let json = #"""
{
 "openapi": "3.1.0",
 "info": {
  "title": "Accord REST API",
  "version": "1",
  "description": "Accord's REST API: TMF621 v4 trouble tickets for Use-tier suppliers, the TMF621 listener hub, federated CMDB reads, supplier webhooks and probes. Every API route needs 'Authorization: Bearer acc_…' (accord tokens create). Errors are {\"error\": {\"code\", \"message\"}} with the codes of docs/API-ERRORS.md."
 },
 "security": [
  {
   "bearer": []
  }
 ],
 "paths": {
  "/health": {
   "get": {
    "operationId": "health",
    "summary": "Liveness probe",
    "security": [],
    "tags": [
     "probes"
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "required": [
          "status",
          "version"
         ],
         "properties": {
          "status": {
           "type": "string"
          },
          "version": {
           "type": "string"
          }
         }
        }
       }
      }
     }
    }
   }
  },
  "/ready": {
   "get": {
    "operationId": "ready",
    "summary": "Readiness probe (database and configuration)",
    "security": [],
    "tags": [
     "probes"
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     },
     "503": {
      "description": "Not ready",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     }
    }
   }
  },
  "/openapi.json": {
   "get": {
    "operationId": "openapi",
    "summary": "This document",
    "security": [],
    "tags": [
     "probes"
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     }
    }
   }
  },
  "/webhooks/{supplier}": {
   "post": {
    "operationId": "receiveWebhook",
    "summary": "A supplier's signed webhook delivery (Standard Webhooks); see docs/WEBHOOKS.md",
    "security": [],
    "tags": [
     "webhooks"
    ],
    "parameters": [
     {
      "name": "supplier",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "webhook-id",
      "in": "header",
      "required": true,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "webhook-timestamp",
      "in": "header",
      "required": true,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "webhook-signature",
      "in": "header",
      "required": true,
      "schema": {
       "type": "string"
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "type": "object"
       }
      },
      "application/xml": {
       "schema": {
        "type": "string"
       }
      }
     }
    },
    "responses": {
     "202": {
      "description": "Stored in the inbox",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     },
     "200": {
      "description": "Duplicate delivery, already stored",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     },
     "503": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/cis": {
   "get": {
    "operationId": "listCIs",
    "summary": "Golden CIs (suppliers: only CIs with their own source records, only their own values)",
    "tags": [
     "cmdb"
    ],
    "parameters": [
     {
      "name": "class",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "identifier",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      },
      "description": "KIND:VALUE"
     },
     {
      "name": "supplier",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "q",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "offset",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 0
      }
     },
     {
      "name": "limit",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CIList"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/cis/{id}": {
   "get": {
    "operationId": "getCI",
    "summary": "A golden CI with provenance and its source records",
    "tags": [
     "cmdb"
    ],
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/CIDetail"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/cis/{id}/relationships": {
   "get": {
    "operationId": "getCIRelationships",
    "summary": "Relationships within depth steps (suppliers: their own)",
    "tags": [
     "cmdb"
    ],
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "depth",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 10
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/cis/{id}/impact": {
   "get": {
    "operationId": "getCIImpact",
    "summary": "Affected CIs and services (integrator and admin only)",
    "tags": [
     "cmdb"
    ],
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "depth",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 1,
       "maximum": 50
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/api/v1/cmdb/conflicts": {
   "get": {
    "operationId": "listCMDBConflicts",
    "summary": "Open CMDB conflicts (integrator and admin only)",
    "tags": [
     "cmdb"
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/tmf-api/troubleTicket/v4/troubleTicket": {
   "get": {
    "operationId": "listTroubleTicket",
    "summary": "Trouble tickets the principal may see",
    "tags": [
     "troubleTicket"
    ],
    "parameters": [
     {
      "name": "fields",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      },
      "description": "Comma-separated top-level attributes to return"
     },
     {
      "name": "offset",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 0
      }
     },
     {
      "name": "limit",
      "in": "query",
      "required": false,
      "schema": {
       "type": "integer",
       "minimum": 0
      },
      "description": "Capped at limits.maxPageSize"
     },
     {
      "name": "status",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      },
      "description": "Comma-separated TroubleTicketStatusType values"
     },
     {
      "name": "severity",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "priority",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "ticketType",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "headers": {
       "X-Total-Count": {
        "schema": {
         "type": "integer"
        }
       },
       "X-Result-Count": {
        "schema": {
         "type": "integer"
        }
       }
      },
      "content": {
       "application/json": {
        "schema": {
         "type": "array",
         "items": {
          "$ref": "#/components/schemas/TroubleTicket"
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "post": {
    "operationId": "createTroubleTicket",
    "summary": "Creates a trouble ticket",
    "tags": [
     "troubleTicket"
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/TroubleTicket_Create"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Created",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TroubleTicket"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "409": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/tmf-api/troubleTicket/v4/troubleTicket/{id}": {
   "get": {
    "operationId": "retrieveTroubleTicket",
    "summary": "One trouble ticket (another supplier's answers 404)",
    "tags": [
     "troubleTicket"
    ],
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "fields",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TroubleTicket"
        }
       }
      }
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   },
   "patch": {
    "operationId": "patchTroubleTicket",
    "summary": "JSON merge patch; fields the principal may not set answer 422 api.field_not_allowed",
    "tags": [
     "troubleTicket"
    ],
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/merge-patch+json": {
       "schema": {
        "$ref": "#/components/schemas/TroubleTicket_Update"
       }
      },
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/TroubleTicket_Update"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/TroubleTicket"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "403": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "409": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/tmf-api/troubleTicket/v4/hub": {
   "post": {
    "operationId": "registerListener",
    "summary": "Registers a listener; events are POSTed to callback signed with the returned secret (Standard Webhooks)",
    "tags": [
     "events"
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/EventSubscriptionInput"
       }
      }
     }
    },
    "responses": {
     "201": {
      "description": "Registered",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/EventSubscription"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/Error"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "413": {
      "$ref": "#/components/responses/Error"
     },
     "415": {
      "$ref": "#/components/responses/Error"
     },
     "422": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  },
  "/tmf-api/troubleTicket/v4/hub/{id}": {
   "delete": {
    "operationId": "unregisterListener",
    "summary": "Removes a listener registered by the same principal",
    "tags": [
     "events"
    ],
    "parameters": [
     {
      "name": "id",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "204": {
      "description": "Removed"
     },
     "401": {
      "$ref": "#/components/responses/Error"
     },
     "404": {
      "$ref": "#/components/responses/Error"
     },
     "429": {
      "$ref": "#/components/responses/Error"
     }
    }
   }
  }
 },
 "components": {
  "securitySchemes": {
   "bearer": {
    "type": "http",
    "scheme": "bearer"
   }
  },
  "responses": {
   "Error": {
    "description": "An error with a stable code (docs/API-ERRORS.md)",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   }
  },
  "schemas": {
   "Error": {
    "type": "object",
    "required": [
     "error"
    ],
    "properties": {
     "error": {
      "type": "object",
      "required": [
       "code",
       "message"
      ],
      "properties": {
       "code": {
        "type": "string"
       },
       "message": {
        "type": "string"
       }
      }
     }
    }
   },
   "TroubleTicket": {
    "type": "object",
    "required": [
     "id",
     "href",
     "@type"
    ],
    "properties": {
     "id": {
      "type": "string"
     },
     "href": {
      "type": "string"
     },
     "@type": {
      "type": "string"
     },
     "name": {
      "type": "string"
     },
     "description": {
      "type": "string"
     },
     "status": {
      "type": "string",
      "enum": [
       "acknowledged",
       "rejected",
       "pending",
       "held",
       "inProgress",
       "cancelled",
       "closed",
       "resolved"
      ]
     },
     "statusChangeReason": {
      "type": "string"
     },
     "statusChangeDate": {
      "type": "string",
      "format": "date-time"
     },
     "priority": {
      "type": "string"
     },
     "severity": {
      "type": "string"
     },
     "ticketType": {
      "type": "string"
     },
     "creationDate": {
      "type": "string",
      "format": "date-time"
     },
     "lastUpdate": {
      "type": "string",
      "format": "date-time"
     },
     "resolutionDate": {
      "type": "string",
      "format": "date-time"
     },
     "externalId": {
      "type": "string"
     },
     "externalIdentifier": {
      "type": "array",
      "items": {
       "type": "object"
      }
     },
     "relatedEntity": {
      "type": "array",
      "items": {
       "type": "object"
      }
     },
     "relatedParty": {
      "type": "array",
      "items": {
       "type": "object"
      }
     },
     "note": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "id": {
         "type": "string"
        },
        "author": {
         "type": "string"
        },
        "date": {
         "type": "string",
         "format": "date-time"
        },
        "text": {
         "type": "string"
        },
        "@type": {
         "type": "string"
        }
       }
      }
     },
     "statusChange": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "status": {
         "type": "string",
         "enum": [
          "acknowledged",
          "rejected",
          "pending",
          "held",
          "inProgress",
          "cancelled",
          "closed",
          "resolved"
         ]
        },
        "changeDate": {
         "type": "string",
         "format": "date-time"
        },
        "changeReason": {
         "type": "string"
        },
        "@type": {
         "type": "string"
        }
       }
      }
     },
     "statusChangeHistory": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "status": {
         "type": "string",
         "enum": [
          "acknowledged",
          "rejected",
          "pending",
          "held",
          "inProgress",
          "cancelled",
          "closed",
          "resolved"
         ]
        },
        "changeDate": {
         "type": "string",
         "format": "date-time"
        },
        "changeReason": {
         "type": "string"
        },
        "@type": {
         "type": "string"
        }
       }
      }
     }
    }
   },
   "TroubleTicket_Create": {
    "type": "object",
    "required": [
     "description",
     "severity",
     "ticketType"
    ],
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": "string"
     },
     "description": {
      "type": "string"
     },
     "severity": {
      "type": "string",
      "enum": [
       "critical",
       "major",
       "minor",
       "high",
       "medium",
       "low"
      ]
     },
     "priority": {
      "type": "string",
      "enum": [
       "P1",
       "P2",
       "P3",
       "P4",
       "P5"
      ]
     },
     "status": {
      "type": "string",
      "enum": [
       "acknowledged",
       "rejected",
       "pending",
       "held",
       "inProgress",
       "cancelled",
       "closed",
       "resolved"
      ]
     },
     "statusChangeReason": {
      "type": "string"
     },
     "relatedEntity": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "id",
        "role"
       ],
       "properties": {
        "id": {
         "type": "string",
         "minLength": 1,
         "pattern": "^[^,]+$"
        },
        "role": {
         "type": "string",
         "enum": [
          "affectedCI",
          "service"
         ]
        },
        "name": {
         "type": "string"
        },
        "href": {
         "type": "string"
        },
        "@referredType": {
         "type": "string"
        },
        "@type": {
         "type": "string"
        }
       }
      }
     },
     "relatedParty": {
      "type": "array",
      "maxItems": 1,
      "items": {
       "type": "object",
       "required": [
        "id",
        "role"
       ],
       "properties": {
        "id": {
         "type": "string",
         "description": "A configured supplier id"
        },
        "role": {
         "type": "string",
         "enum": [
          "assignee"
         ]
        },
        "name": {
         "type": "string",
         "description": "The resolver group"
        },
        "href": {
         "type": "string"
        },
        "@referredType": {
         "type": "string"
        },
        "@type": {
         "type": "string"
        }
       }
      }
     },
     "note": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "text"
       ],
       "properties": {
        "text": {
         "type": "string",
         "minLength": 1
        },
        "author": {
         "type": "string"
        },
        "@type": {
         "type": "string"
        }
       }
      }
     },
     "@type": {
      "type": "string"
     },
     "ticketType": {
      "type": "string",
      "enum": [
       "incident",
       "request",
       "change",
       "problem"
      ]
     },
     "externalId": {
      "type": "string",
      "minLength": 1
     }
    }
   },
   "TroubleTicket_Update": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
     "name": {
      "type": "string"
     },
     "description": {
      "type": "string"
     },
     "severity": {
      "type": "string",
      "enum": [
       "critical",
       "major",
       "minor",
       "high",
       "medium",
       "low"
      ]
     },
     "priority": {
      "type": "string",
      "enum": [
       "P1",
       "P2",
       "P3",
       "P4",
       "P5"
      ]
     },
     "status": {
      "type": "string",
      "enum": [
       "acknowledged",
       "rejected",
       "pending",
       "held",
       "inProgress",
       "cancelled",
       "closed",
       "resolved"
      ]
     },
     "statusChangeReason": {
      "type": "string"
     },
     "relatedEntity": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "id",
        "role"
       ],
       "properties": {
        "id": {
         "type": "string",
         "minLength": 1,
         "pattern": "^[^,]+$"
        },
        "role": {
         "type": "string",
         "enum": [
          "affectedCI",
          "service"
         ]
        },
        "name": {
         "type": "string"
        },
        "href": {
         "type": "string"
        },
        "@referredType": {
         "type": "string"
        },
        "@type": {
         "type": "string"
        }
       }
      }
     },
     "relatedParty": {
      "type": "array",
      "maxItems": 1,
      "items": {
       "type": "object",
       "required": [
        "id",
        "role"
       ],
       "properties": {
        "id": {
         "type": "string",
         "description": "A configured supplier id"
        },
        "role": {
         "type": "string",
         "enum": [
          "assignee"
         ]
        },
        "name": {
         "type": "string",
         "description": "The resolver group"
        },
        "href": {
         "type": "string"
        },
        "@referredType": {
         "type": "string"
        },
        "@type": {
         "type": "string"
        }
       }
      }
     },
     "note": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "text"
       ],
       "properties": {
        "text": {
         "type": "string",
         "minLength": 1
        },
        "author": {
         "type": "string"
        },
        "@type": {
         "type": "string"
        }
       }
      }
     },
     "@type": {
      "type": "string"
     }
    }
   },
   "EventSubscriptionInput": {
    "type": "object",
    "required": [
     "callback"
    ],
    "additionalProperties": false,
    "properties": {
     "callback": {
      "type": "string",
      "format": "uri",
      "pattern": "^https?://[^/]+"
     },
     "query": {
      "type": "string",
      "maxLength": 1024
     }
    }
   },
   "EventSubscription": {
    "type": "object",
    "required": [
     "id",
     "callback",
     "secret"
    ],
    "properties": {
     "id": {
      "type": "string"
     },
     "callback": {
      "type": "string"
     },
     "query": {
      "type": "string"
     },
     "secret": {
      "type": "string",
      "description": "whsec_… signing secret, shown only here"
     }
    }
   },
   "CIList": {
    "type": "object",
    "required": [
     "items",
     "offset",
     "limit",
     "hasMore"
    ],
    "properties": {
     "items": {
      "type": "array",
      "items": {
       "type": "object"
      }
     },
     "offset": {
      "type": "integer"
     },
     "limit": {
      "type": "integer"
     },
     "hasMore": {
      "type": "boolean"
     }
    }
   },
   "CIDetail": {
    "type": "object",
    "required": [
     "ci",
     "sourceRecords"
    ],
    "properties": {
     "ci": {
      "type": "object"
     },
     "sourceRecords": {
      "type": "array",
      "items": {
       "type": "object"
      }
     }
    }
   }
  }
 }
}
"""#
}
