-- Every row carries its tenant; foreign keys include tenant_id so rows cannot cross tenants.
create table tenants (
  id integer generated always as identity primary key,
  slug varchar(63) not null,
  constraint tenants_slug_key unique (slug)
);

create table tenant_users (
  tenant_id integer not null references tenants (id) on delete cascade,
  id integer not null,
  email text not null,
  constraint tenant_users_pkey primary key (tenant_id, id),
  constraint tenant_users_email_key unique (tenant_id, email)
);

create table workflows (
  tenant_id integer not null,
  code varchar(32) not null,
  name text not null,
  primary key (tenant_id, code),
  foreign key (tenant_id) references tenants (id) on delete cascade on update cascade
);

create table projects (
  tenant_id integer not null,
  id bigint not null,
  key varchar(10) not null,
  owner_id integer,
  workflow_code varchar(32) not null default 'default',
  archived boolean not null default false,
  constraint projects_pkey primary key (tenant_id, id),
  constraint projects_key_unique unique (tenant_id, key),
  constraint projects_owner_fk foreign key (tenant_id, owner_id) references tenant_users (tenant_id, id) on delete set null (owner_id),
  constraint projects_workflow_fk foreign key (tenant_id, workflow_code) references workflows (tenant_id, code) on update cascade on delete set default
);

create table issues (
  tenant_id integer not null,
  project_id bigint not null,
  number integer not null,
  title text not null,
  assignee_id integer,
  reporter_id integer not null,
  project_key varchar(10),
  parent_number integer,
  primary key (tenant_id, project_id, number),
  constraint issues_project_fk foreign key (tenant_id, project_id) references projects (tenant_id, id) on update cascade on delete restrict,
  constraint issues_project_key_fk foreign key (tenant_id, project_key) references projects (tenant_id, key) match full on update cascade on delete no action,
  constraint issues_assignee_fk foreign key (tenant_id, assignee_id) references tenant_users (tenant_id, id) on delete set null,
  constraint issues_reporter_fk foreign key (tenant_id, reporter_id) references tenant_users on delete restrict,
  constraint issues_parent_fk foreign key (tenant_id, project_id, parent_number) references issues (tenant_id, project_id, number) on delete cascade,
  constraint issues_not_own_parent check (parent_number is null or parent_number <> number)
);

create table labels (
  tenant_id integer not null,
  project_id bigint,
  name text not null,
  color char(7) not null default '#cccccc',
  constraint labels_name_key unique nulls not distinct (tenant_id, project_id, name),
  foreign key (tenant_id, project_id) references projects (tenant_id, id) on delete cascade
);

create table issue_labels (
  tenant_id integer not null,
  project_id bigint not null,
  issue_number integer not null,
  label_name text not null,
  primary key (tenant_id, project_id, issue_number, label_name),
  foreign key (tenant_id, project_id, issue_number) references issues on delete cascade,
  foreign key (tenant_id, project_id, label_name) references labels (tenant_id, project_id, name) on delete cascade on update cascade
);
