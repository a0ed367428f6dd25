-- Omvärld, schema version 13: reminder e-mails delivered (ReminderDeliveries), one row per message, so that each is
-- sent once across runs, restarts and instances. The key (DeliveryKey.value: account, kind, item or ISO week, due
-- date) is unique within the municipality: a sender claims a message by inserting its row, and the primary key lets
-- only one insert win. A failed send keeps its reason and the time from which it may be claimed again; a retry claims
-- it by updating the row from FAILED, which again only one sender can do. The account id has no foreign key to the
-- accounts (V12): a delivery is a record of what was sent, kept whatever becomes of the account.

create table reminder_delivery (
    municipality_code char(4)                  not null,
    delivery_key      varchar(500)             not null,
    account_id        varchar(500)             not null,
    kind              varchar(16)              not null,
    subject           varchar(500)             not null,
    last_day          date                     not null,
    status            varchar(16)              not null,
    attempts          integer                  not null,
    claimed_at        timestamp with time zone not null,
    sent_at           timestamp with time zone,
    failure           varchar(1000),
    retry_at          timestamp with time zone,
    constraint reminder_delivery_pk primary key (municipality_code, delivery_key),
    constraint reminder_delivery_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint reminder_delivery_kind_ck check (kind in ('REMINDER', 'DIGEST')),
    constraint reminder_delivery_status_ck check (status in ('CLAIMED', 'SENT', 'FAILED')),
    constraint reminder_delivery_attempts_ck check (attempts >= 1),
    -- A sent row says when; a failed row says why and when to try again; a claimed row says neither.
    constraint reminder_delivery_sent_ck check ((status = 'SENT') = (sent_at is not null)),
    constraint reminder_delivery_failed_ck check ((status = 'FAILED') = (failure is not null)
        and (status = 'FAILED') = (retry_at is not null))
);
-- The retry listing asks for the failed rows whose time has come, in every municipality: led by the municipality
-- code as every index is, it is still read by status and time within each municipality's part.
create index reminder_delivery_retry_ix on reminder_delivery (municipality_code, status, retry_at);
