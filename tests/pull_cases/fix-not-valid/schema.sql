-- drizzle-kit keeps CHECK (...) NOT VALID as "(qty > 0)) NOT VALI" (it cuts 7 characters off the front and one off the end); dbkit reads the expression.
create table parents (id integer primary key);
create table children (id integer primary key, parent_id integer, qty integer);
alter table children add constraint children_qty_check check (qty > 0) not valid;
alter table children add constraint children_parent_fk foreign key (parent_id) references parents(id) not valid;
alter table children add constraint children_qty_small check (qty < 1000);
