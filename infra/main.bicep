// Azure resources for one environment: the web app (static files for the Teams tab and Outlook
// add-in) and the career API (Azure Functions, Node 20), with the API's client secret in Key Vault.
// The SharePoint site and lists are provisioned by the API's `provision` step, not here.

@description('Short name used as a prefix for every resource, e.g. careerconv-prod.')
@minLength(3)
@maxLength(20)
param resourceBaseName string

@description('Azure region for the resources.')
param location string = resourceGroup().location

@description('Entra ID tenant the app serves.')
param tenantId string = subscription().tenantId

@description('Client id of the Entra app registration shared by the tab and the API.')
param aadAppClientId string

@description('SharePoint site id (hostname,siteCollectionId,webId) that holds the lists.')
param sharePointSiteId string

var storageName = toLower(replace('${resourceBaseName}st', '-', ''))

resource web 'Microsoft.Web/staticSites@2023-12-01' = {
  name: '${resourceBaseName}-web'
  location: location
  sku: { name: 'Standard', tier: 'Standard' }
  properties: {}
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

resource api 'Microsoft.Web/sites@2023-12-01' = {
  name: '${resourceBaseName}-api'
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'Node|20'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: { allowedOrigins: [ 'https://${web.properties.defaultHostname}' ] }
      appSettings: [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'node' }
        { name: 'AzureWebJobsStorage', value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};EndpointSuffix=${environment().suffixes.storage};AccountKey=${storage.listKeys().keys[0].value}' }
        { name: 'TENANT_ID', value: tenantId }
        { name: 'API_CLIENT_ID', value: aadAppClientId }
        { name: 'SHAREPOINT_SITE_ID', value: sharePointSiteId }
        { name: 'API_CLIENT_SECRET', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=api-client-secret)' }
        { name: 'APP_ORIGINS', value: 'https://${web.properties.defaultHostname}' }
      ]
    }
  }
}

// Lets the API read its client secret from Key Vault (Key Vault Secrets User).
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, api.id, 'secrets-user')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: api.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

output webHostname string = web.properties.defaultHostname
output apiHostname string = api.properties.defaultHostName
output keyVaultName string = vault.name
