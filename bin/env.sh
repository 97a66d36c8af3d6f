# Sourced by bin/start and bin/test: finds a JDK 25 and a Node.js 24, installing Node.js 24 from the npm
# registry into .tools/node when the machine has none. Prints what it uses on stderr.
# shellcheck shell=bash

GRADFLOW_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_VERSION=24.17.0
NPM_VERSION=11.19.1

gradflow_fail() {
  echo "gradflow: $*" >&2
  exit 1
}

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

# A JDK 25 or newer: JAVA_HOME, else the java on PATH, else the newest under /usr/lib/jvm.
find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    [[ -n $candidate && -x $candidate/bin/java && -x $candidate/bin/javac ]] || continue
    if (($(java_major "$candidate/bin/java") >= 25)); then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

JAVA_HOME="$(find_jdk)" || gradflow_fail "GradFlow needs a JDK 25 (Vaadin 25's build needs Java 21+, GradFlow uses 25). \
Install one (Debian 13: apt-get install openjdk-25-jdk-headless; or Eclipse Temurin 25) or set JAVA_HOME to it."
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

node_is_24() {
  local version
  version="$("$1" --version 2>/dev/null)" || return 1
  [[ $version == v24.* ]]
}

# Vaadin 25.2 accepts Node.js 24 only, and wants npm's npm-cli.js beside it; otherwise it tries to
# download Node.js from a host that these machines do not reach.
ensure_node() {
  local system_node
  system_node="$(command -v node || true)"
  if [[ -n $system_node ]] && node_is_24 "$system_node" \
    && [[ -f "$(dirname "$(readlink -f "$system_node")")/../lib/node_modules/npm/bin/npm-cli.js" ]]; then
    return 0
  fi
  local tools="$GRADFLOW_HOME/.tools/node"
  if ! node_is_24 "$tools/bin/node"; then
    command -v npm >/dev/null || gradflow_fail "GradFlow's frontend build needs Node.js 24, and npm to fetch it. \
Install Node.js 24 (https://nodejs.org) or any Node.js with npm, then run this again."
    local arch
    case "$(uname -m)" in
      x86_64) arch=x64 ;;
      aarch64 | arm64) arch=arm64 ;;
      *) gradflow_fail "no Node.js 24 package for $(uname -m); install Node.js 24 yourself and put it on PATH." ;;
    esac
    echo "gradflow: installing Node.js $NODE_VERSION from the npm registry into .tools/node" >&2
    rm -rf "$tools"
    npm install --global --prefix "$tools" --no-audit --no-fund --loglevel=error \
      "node-linux-$arch@$NODE_VERSION" "npm@$NPM_VERSION" >&2 \
      || gradflow_fail "could not install Node.js $NODE_VERSION from the npm registry."
  fi
  export PATH="$tools/bin:$PATH"
}

ensure_node
echo "gradflow: Java $(java_major "$JAVA_HOME/bin/java") at $JAVA_HOME, Node.js $(node --version) at $(command -v node)" >&2
cd "$GRADFLOW_HOME" || exit 1
