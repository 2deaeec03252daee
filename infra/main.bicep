// Azure resources for one environment: the web app on Static Web Apps (the Teams tab and the
// Outlook add-in's pages, with their security headers in the build's staticwebapp.config.json),
// and the career API on Azure Functions (Linux, Node 20, consumption) with its storage,
// Application Insights over a Log Analytics workspace, and its Entra client secret in Key Vault,
// read through a Key Vault reference by a user-assigned managed identity.
// The SharePoint site and lists are provisioned by `npm run provision`, not here.
// Outputs are named as the env keys they fill (the Agents Toolkit writes them to env/.env.<name>).

@description('Short name used as a prefix for every resource, e.g. careerconv-prod.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Azure region for the resources.')
param location string = resourceGroup().location

@description('Region of the static web app (Static Web Apps runs in a few regions only; it holds no data).')
@allowed(['westeurope', 'eastus2', 'centralus', 'westus2', 'eastasia'])
param staticWebAppLocation string = 'westeurope'

@description('Entra ID tenant the app serves.')
param tenantId string = subscription().tenantId

@description('Client id of the Entra app registration shared by the tab and the API.')
param aadAppClientId string

@description('SharePoint site id (hostname,siteCollectionId,webId) that holds the lists.')
param sharePointSiteId string

// Storage account names: 3 to 24 lowercase letters and digits.
var storageName = toLower(replace('${resourceBaseName}st', '-', ''))

resource web 'Microsoft.Web/staticSites@2023-12-01' = {
  name: '${resourceBaseName}-web'
  location: staticWebAppLocation
  sku: { name: 'Standard', tier: 'Standard' }
  properties: {}
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  sku: { name: 'Y1', tier: 'Dynamic' }
  properties: { reserved: true }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${resourceBaseName}-kv'
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

// Lets the API's identity resolve the Key Vault reference below (Key Vault Secrets User).
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, 'secrets-user')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource api 'Microsoft.Web/sites@2023-12-01' = {
  name: '${resourceBaseName}-api'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [ secretsUser ]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'Node|20'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: { allowedOrigins: [ 'https://${web.properties.defaultHostname}' ] }
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'node' }
        { name: 'AzureWebJobsStorage', value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};EndpointSuffix=${environment().suffixes.storage};AccountKey=${storage.listKeys().keys[0].value}' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'TENANT_ID', value: tenantId }
        // The env's AAD_APP_CLIENT_ID is the API's client id: one registration for tab and API.
        { name: 'API_CLIENT_ID', value: aadAppClientId }
        { name: 'SHAREPOINT_SITE_ID', value: sharePointSiteId }
        { name: 'API_CLIENT_SECRET', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=api-client-secret)' }
        { name: 'APP_ORIGINS', value: 'https://${web.properties.defaultHostname}' }
      ]
    }
  }
}

output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = web.id
output APP_DOMAIN string = web.properties.defaultHostname
output APP_ORIGIN string = 'https://${web.properties.defaultHostname}'
output API_FUNCTION_RESOURCE_ID string = api.id
output API_BASE_URL string = 'https://${api.properties.defaultHostName}'
output KEY_VAULT_NAME string = vault.name
// For the federated credential that will replace the client secret (docs/admin-guide.md).
output API_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
