import { z } from 'zod';

/**
 * SharePoint state of the local tenant: sites, their Sites.Selected grants, lists, columns and
 * items. Names follow Graph's site / list / columnDefinition / listItem resources so handlers can
 * project them with little renaming.
 */
export const SITE_ROLES = ['read', 'write', 'manage', 'owner', 'fullcontrol'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export const identitySchema = z.object({
  kind: z.enum(['user', 'application']),
  id: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
});
export type Identity = z.infer<typeof identitySchema>;

export const COLUMN_TYPES = [
  'text',
  'number',
  'dateTime',
  'choice',
  'boolean',
  'personOrGroup',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export const textFacetSchema = z.object({
  allowMultipleLines: z.boolean(),
  appendChangesToExistingText: z.boolean(),
  linesForEditing: z.number(),
  maxLength: z.number(),
  textType: z.enum(['plain', 'richText']),
});
export const numberFacetSchema = z.object({
  decimalPlaces: z.string(),
  displayAs: z.string(),
  maximum: z.number(),
  minimum: z.number(),
});
export const dateTimeFacetSchema = z.object({
  displayAs: z.string(),
  format: z.enum(['dateOnly', 'dateTime']),
});
export const choiceFacetSchema = z.object({
  allowTextEntry: z.boolean(),
  choices: z.array(z.string()),
  displayAs: z.string(),
});
export const personFacetSchema = z.object({
  allowMultipleSelection: z.boolean(),
  chooseFromType: z.string(),
  displayAs: z.string(),
});

export const columnSchema = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string(),
  description: z.string(),
  columnGroup: z.string(),
  type: z.enum(COLUMN_TYPES),
  /** Title, Created, Modified, Author, Editor: part of the genericList template. */
  builtIn: z.boolean(),
  indexed: z.boolean(),
  required: z.boolean(),
  enforceUniqueValues: z.boolean(),
  hidden: z.boolean(),
  readOnly: z.boolean(),
  text: textFacetSchema.optional(),
  number: numberFacetSchema.optional(),
  dateTime: dateTimeFacetSchema.optional(),
  choice: choiceFacetSchema.optional(),
  boolean: z.object({}).optional(),
  personOrGroup: personFacetSchema.optional(),
});
export type Column = z.infer<typeof columnSchema>;

/** Stored field values: strings (text, choice, ISO date-times), numbers, booleans, lookup ids. */
export const fieldValueSchema = z.union([z.string(), z.number(), z.boolean()]);
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const itemSchema = z.object({
  id: z.number().int(),
  /** The GUID in the item's eTag, `"{uniqueId},{version}"`. */
  uniqueId: z.string(),
  version: z.number().int(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  createdBy: identitySchema,
  lastModifiedBy: identitySchema,
  values: z.record(z.string(), fieldValueSchema),
});
export type ListItem = z.infer<typeof itemSchema>;

export const listSchema = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string(),
  description: z.string(),
  template: z.literal('genericList'),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  createdBy: identitySchema,
  lastModifiedBy: identitySchema,
  version: z.number().int(),
  columns: z.array(columnSchema),
  items: z.array(itemSchema),
  nextItemId: z.number().int(),
});
export type SharePointList = z.infer<typeof listSchema>;

export const sitePermissionSchema = z.object({
  id: z.string(),
  roles: z.array(z.enum(SITE_ROLES)),
  application: z.object({ id: z.string(), displayName: z.string() }),
});
export type SitePermission = z.infer<typeof sitePermissionSchema>;

/** The site's "User Information List": who has a lookup id there (users, apps). */
export const siteUserSchema = z.object({ principal: z.string(), lookupId: z.number().int() });

export const siteSchema = z.object({
  id: z.string(),
  hostname: z.string(),
  siteCollectionId: z.string(),
  webId: z.string(),
  /** `/` for the root site, `/sites/career-conversations` for the others. */
  serverRelativeUrl: z.string(),
  name: z.string(),
  displayName: z.string(),
  description: z.string(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  isRoot: z.boolean(),
  permissions: z.array(sitePermissionSchema),
  lists: z.array(listSchema),
  users: z.array(siteUserSchema),
  nextLookupId: z.number().int(),
});
export type Site = z.infer<typeof siteSchema>;

export const sharePointStateSchema = z.object({ sites: z.array(siteSchema) });
export type SharePointState = z.infer<typeof sharePointStateSchema>;

export const SHAREPOINT_SLICE = 'sharepoint';
