# Source me: makes a PostgreSQL server available to the store tests and exports BANMIAN_TEST_PG.
# Idempotent: installs Debian's postgresql if missing (root only), starts the cluster with
# pg_ctlcluster, creates the role and database. Without root or server, the PostgreSQL tests skip.
_banmian_pg() {
  local role=banmian db=banmian_test port
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      echo "postgres.sh: installing postgresql" >&2
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
    else
      echo "postgres.sh: postgresql not installed and not root; PostgreSQL tests will skip" >&2
      return 0
    fi
  fi
  local line ver cluster status
  line=$(pg_lsclusters --no-header | head -n 1)
  if [ -z "$line" ]; then
    ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$ver" main >/dev/null || return 1
    line=$(pg_lsclusters --no-header | head -n 1)
  fi
  read -r ver cluster port status _ <<<"$line"
  if [ "$status" != online ]; then
    pg_ctlcluster "$ver" "$cluster" start || return 1
  fi
  local psql=(psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres)
  if [ "$(id -u)" = 0 ]; then psql=(runuser -u postgres -- "${psql[@]}"); fi
  "${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$role'" | grep -q 1 \
    || "${psql[@]}" -c "CREATE ROLE $role LOGIN PASSWORD '$role'" || return 1
  "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
    || "${psql[@]}" -c "CREATE DATABASE $db OWNER $role" || return 1
  export BANMIAN_TEST_PG="postgresql://$role:$role@127.0.0.1:$port/$db"
  echo "postgres.sh: BANMIAN_TEST_PG=postgresql://$role@127.0.0.1:$port/$db" >&2
}
_banmian_pg || echo "postgres.sh: could not start PostgreSQL; PostgreSQL tests will skip" >&2
unset -f _banmian_pg
