// Generates src/lib/api/schema.gen.ts from the committed OpenAPI document, or
// (with --check) fails when the committed types differ from what it would write.
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const here = dirname(fileURLToPath(import.meta.url))
const source = resolve(here, '..', process.env.OPENAPI_FILE ?? '../openapi/openapi.json')
const target = resolve(here, '../src/lib/api/schema.gen.ts')
const check = process.argv.includes('--check')

if (!existsSync(source)) {
  console.error(`OpenAPI document not found: ${source}`)
  process.exit(1)
}

const header =
  '// Generated from openapi/openapi.json by `make web-gen` (web/scripts/schema.mjs). Do not edit.\n\n'
const ast = await openapiTS(pathToFileURL(source), { alphabetize: false })
const output = header + astToString(ast)

if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : ''
  if (current !== output) {
    console.error('web/src/lib/api/schema.gen.ts is stale: run `make web-gen` and commit the result.')
    process.exit(1)
  }
  console.log('schema.gen.ts matches openapi/openapi.json')
} else {
  writeFileSync(target, output)
  console.log(`wrote ${target}`)
}
