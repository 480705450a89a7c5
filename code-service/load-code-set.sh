#!/usr/bin/env bash
# Loads a code set file or an edit table into the code-service database from the command line, printing rows and
# seconds. Uses the packaged service (./mvnw -f code-service/pom.xml package -DskipTests first).
# Examples:
#   code-service/load-code-set.sh --system ICD10CM --version FY2022 ../shared/data/codesets/icd10cm/icd10cm_order_fy2022.tsv.gz
#   code-service/load-code-set.sh --system ICD10CM --addenda --version FY2023 --base FY2022 icd10cm-order-addenda-2023.txt
#   code-service/load-code-set.sh --system HCPCS --version 2020 HCPC2020_ANWEB_w_disclaimer.txt
#   code-service/load-code-set.sh --table ptp ccipra-v294r0-f1.txt
#   code-service/load-code-set.sh --book tabular --version FY2023 icd10cm_tabular_2023.xml.gz   (also index, eindex,
#     neoplasm, drug: the CDC ICD-10-CM XML books; abbreviations: --table abbreviations FILE)
# Options: --jdbc-url (default jdbc:postgresql://localhost:15432/code), --user (postgres), --password or PGPASSWORD,
#          --from/--to (ISO dates; default from the version label: FY2023 = 2022-10-01..2023-09-30, 2020 = the year).
set -euo pipefail
app="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/target/quarkus-app"
if [[ ! -d "$app/lib/main" ]]; then
  echo "load-code-set.sh: $app is missing; run ./mvnw -f code-service/pom.xml package -DskipTests" >&2
  exit 1
fi
exec java -cp "$app/app/*:$app/lib/main/*" io.openrcm.code.application.CodeSetLoaderCli "$@"
