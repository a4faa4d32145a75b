// Runs drizzle-orm's own runtime migrate() (node-postgres driver) on a migrations folder, so the
// compat tests can check that dbkit and drizzle-orm agree on what is applied.
// usage: node orm-migrate.cjs <migrationsFolder> <databaseUrl>   (NODE_PATH = the peer's node_modules)
const { drizzle } = require("drizzle-orm/node-postgres");
const { migrate } = require("drizzle-orm/node-postgres/migrator");
const { Pool } = require("pg");

const [folder, url] = process.argv.slice(2);
const pool = new Pool({ connectionString: url, max: 1 });
migrate(drizzle({ client: pool }), { migrationsFolder: folder })
  .then(() => pool.end())
  .catch(async (e) => {
    console.error(`drizzle-orm migrate failed: ${e.message}`);
    await pool.end();
    process.exit(1);
  });
