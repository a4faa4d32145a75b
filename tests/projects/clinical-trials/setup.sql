do $$ begin create role auditor; exception when duplicate_object then null; end $$;
