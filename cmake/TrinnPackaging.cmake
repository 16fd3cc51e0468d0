# The Debian package: `cpack -G DEB` in the build folder makes
# trinn_<version>-<release>_amd64.deb from the install rules. The packaging
# test (tests/packaging) builds it and checks it with lintian.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME trinn)
set(CPACK_PACKAGE_VENDOR "The Trinn developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${TRINN_DEBIAN_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TRINN_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://trinn.no/")
# The shared libraries come from the binaries (dpkg-shlibdeps); what Qt loads
# as plugins at run time is named here: the SQLite driver every journal file
# needs, the time zone data Europe/Oslo comes from, and, recommended, the
# PostgreSQL driver and Qt's own Norwegian translations.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, tzdata")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Trinn is a desktop patient journal and scheduler for Norwegian
substance-use treatment services: residential 12-step clinics, evening
and full-time programs, specialist referral pathways, outpatient groups
and municipal day treatment. Nurses log the daily alcohol and drug tests,
therapists run groups and write signed notes, intake coordinators plan
referrals, admissions and beds, and administrators keep the journal safe.
.
A journal is one local SQLite file, or one PostgreSQL database shared by
every workstation. Every read and change is recorded in a sealed audit
log. This package holds the desktop program (trinn) and the
administrator's command line (trinnctl).")

include(CPack)
