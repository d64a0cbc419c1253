#!/usr/bin/env bash
# The test command (README, "Test it"): installs what only the system's package manager brings
# when it is missing (a JDK >= 21, Maven, MariaDB's server binaries, Chromium and its driver,
# Node.js and npm; with apt-get, as root or through sudo), then runs every test with `mvn verify`
# (arguments are passed on to Maven). The integration tests start a private MariaDB of their own
# under target/ unless BIO_IT_DB_URL names one (pom.xml, profile private-it-db). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive

has_jdk21() {
  local java major
  for java in /usr/lib/jvm/*/bin/java "${JAVA_HOME:-/nonexistent}/bin/java"; do
    [ -x "$java" ] || continue
    major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
    [ -n "$major" ] && [ "$major" -ge 21 ] && return 0
  done
  return 1
}

packages=()
command -v mvn > /dev/null 2>&1 || packages+=(maven)
[ -x /usr/sbin/mariadbd ] && command -v mariadb-install-db > /dev/null 2>&1 || packages+=(mariadb-server mariadb-client)
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -x /usr/bin/chromedriver ] || packages+=(chromium-driver)
# npm fetches axe-core for the browser tests' accessibility check (pom.xml, execution axe-core).
command -v node > /dev/null 2>&1 || packages+=(nodejs)
command -v npm > /dev/null 2>&1 || packages+=(npm)
if [ ${#packages[@]} -gt 0 ] || ! has_jdk21; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "== Installing: ${packages[*]:-} (and a JDK >= 21 if none is installed)"
  $sudo apt-get update -qq
  if [ ${#packages[@]} -gt 0 ]; then
    $sudo apt-get install -y -qq "${packages[@]}" > /dev/null
  fi
  if ! has_jdk21; then
    $sudo apt-get install -y -qq openjdk-21-jdk-headless > /dev/null 2>&1 \
      || $sudo apt-get install -y -qq openjdk-25-jdk-headless > /dev/null
  fi
fi

echo "== Chromium: $(/usr/bin/chromedriver --version 2>/dev/null | head -1)"
echo "== Tests: mvn -B verify $*"
exec mvn -B verify "$@"
