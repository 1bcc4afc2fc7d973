import type { NextFunction, Request, RequestHandler, Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { GraphQLError, type OperationDefinitionNode, type SelectionSetNode, Kind, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';

/**
 * Security headers for the API and the console. The console's MUI styles are injected at run time
 * (emotion), hence inline styles; scripts only from the console's own files.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** Cross-origin calls from the frontends on the allow-list only, with their cookies; none when the list is empty. */
export function corsPolicy(origins: readonly string[]): RequestHandler {
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && origins.includes(origin)),
    credentials: true,
    allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'x-sql-statements', 'x-sql-cache-hits'],
    maxAge: 600,
  });
}

const originOf = (url: string | undefined) => {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
};

/**
 * Requests riding on the console's session cookie must come from the API's own origin or an allowed one.
 * Browsers send Origin (or at least Referer) with every cross-site POST, so a page elsewhere cannot use
 * a logged-in curator's cookie; scripts with a bearer token carry no ambient credential and pass.
 */
export function csrfGuard(origins: readonly string[], sessionCookie: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const cookies = req.headers.cookie ?? '';
    const usesSession = cookies.split(';').some((part) => part.trim().startsWith(`${sessionCookie}=`));
    if (!usesSession || req.headers.authorization) return next();
    const origin = originOf(req.headers.origin) ?? originOf(req.headers.referer);
    if (!origin || origin === `${req.protocol}://${req.get('host')}` || origins.includes(origin)) return next();
    res.status(403).json({ errors: [{ message: `Cross-site request from ${origin} refused: its session cookie is only honoured from the console's own origin`, extensions: { code: 'FORBIDDEN' } }] });
  };
}

function selectsIntrospection(selectionSet: SelectionSetNode, document: DocumentNode, seen: Set<string>): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__schema' || selection.name.value === '__type';
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsIntrospection(selection.selectionSet, document, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && selectsIntrospection(fragment.selectionSet, document, seen);
  });
}

/** graphql-js's "Did you mean ...?" ending, which names schema fields to whoever sends a typo. */
export const SUGGESTION = / Did you mean .+\?$/;

/**
 * In production, anonymous callers get neither the schema by introspection nor field-name suggestions
 * in validation errors; logged-in accounts (the console, partners with tokens) still do.
 */
export function schemaPrivacyPlugin(production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (!production || contextValue.viewer.kind !== 'anonymous') return;
      return {
        async validationDidStart() {
          return async (errors) => {
            for (const error of errors ?? []) error.message = error.message.replace(SUGGESTION, '');
          };
        },
        async didResolveOperation({ operation, document }: { operation?: OperationDefinitionNode | null; document: DocumentNode }) {
          if (operation && selectsIntrospection(operation.selectionSet, document, new Set())) {
            throw new GraphQLError('Introspection is not available to anonymous callers', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
        },
      };
    },
  };
}
