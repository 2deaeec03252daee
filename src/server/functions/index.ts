/**
 * The career API's Azure Functions entry (Node programming model v4): `npm run build:api`
 * bundles this file into dist/api, whose package.json names it as `main`, and the Functions host
 * loads it. Configuration comes from the app settings (the same variables as on plain Node,
 * docs/api.md) and is read on the first request, so a bad setting answers 503 and logs which
 * one rather than failing to load the function. Logs go through console and the invocation's
 * context, which the host sends to Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING
 * is set.
 */
import { app } from '@azure/functions';
import { loadConfig } from '../config';
import { createGraphDeps } from '../runtime/graph-deps';
import { registerCareerApi } from './register-career-api';

/** Exported for the tests of the built bundle; the host only needs the registration. */
export const careerApiHandler = registerCareerApi(app, () =>
  createGraphDeps(loadConfig(process.env)),
);
