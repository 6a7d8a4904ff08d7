#!/bin/sh
# The Debian packages Styra's app and test suite need beyond Python and make.
#
#   sh scripts/system-packages.sh            install the missing ones with apt-get when
#                                            run as root; else stop with the command to run
#   sh scripts/system-packages.sh --list     every package, one a line
#   sh scripts/system-packages.sh --missing  the missing ones, one a line
#
# Quick when everything is there: each package is checked by a command it
# installs or by dpkg, never by asking apt. STYRA_CHROMIUM overrides where
# Chromium is looked for (as in tests/browser/conftest.py).
set -eu

CHROMIUM="${STYRA_CHROMIUM:-/usr/bin/chromium}"

# package, and how to tell it is installed:
#   file:PATH (an executable), command:NAME (on PATH), dpkg (dpkg says so).
# Chromium: the browser tests and `make screenshots` (never a Playwright download);
# DejaVu: the font of the pages and the PDFs; gettext: msgfmt for the English UI;
# Pango: WeasyPrint's PDFs; poppler-utils: pdftotext reads the PDFs back in tests;
# Node and npm: `npm ci` for htmx, Vega and axe-core (a Node from elsewhere will do);
# xmlsec1: pysaml2 signs and checks SAML assertions with it.
PACKAGES="
chromium file:$CHROMIUM
fonts-dejavu-core dpkg
gettext command:msgfmt
libpango-1.0-0 dpkg
libpangoft2-1.0-0 dpkg
poppler-utils command:pdftotext
nodejs command:node
npm command:npm
xmlsec1 command:xmlsec1
"

installed() {  # PACKAGE CHECK
    case $2 in
        file:*) [ -x "${2#file:}" ] ;;
        command:*) command -v "${2#command:}" >/dev/null 2>&1 ;;
        dpkg)
            # Without dpkg this is not Debian: nothing to ask, the commands tell.
            command -v dpkg-query >/dev/null 2>&1 || return 0
            status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
            [ "$status" = "install ok installed" ] ;;
        *) echo "system-packages.sh: unknown check $2 for $1" >&2; exit 2 ;;
    esac
}

every_package() {
    echo "$PACKAGES" | while read -r package check; do
        if [ -n "$package" ]; then echo "$package"; fi
    done
}

missing_packages() {
    echo "$PACKAGES" | while read -r package check; do
        if [ -n "$package" ] && ! installed "$package" "$check"; then echo "$package"; fi
    done
}

install_or_explain() {
    missing=$(echo $(missing_packages))
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing the system packages Styra needs: $missing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
        still=$(echo $(missing_packages))
        [ -z "$still" ] && return 0
        echo "Still missing after apt-get install: $still" >&2
        exit 1
    fi
    echo "Styra needs these system packages, which are missing: $missing" >&2
    if command -v apt-get >/dev/null 2>&1; then
        echo "Install them (root or sudo is needed), then run make again:" >&2
        echo "    sudo apt-get update && sudo apt-get install -y $missing" >&2
    else
        echo "Install them with your system's package manager, then run make again." >&2
    fi
    exit 1
}

case "${1:-}" in
    --list) every_package ;;
    --missing) missing_packages ;;
    "") install_or_explain ;;
    *) echo "usage: sh scripts/system-packages.sh [--list|--missing]" >&2; exit 2 ;;
esac
