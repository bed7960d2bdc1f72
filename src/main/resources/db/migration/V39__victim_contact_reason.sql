-- Why a victim who refused or withdrew consent to contact was contacted all the same (Victims' Code 2021: contact
-- stops when the victim asks), in a column of its own rather than at the head of the outcome.
alter table victim_contact add column reason text;
update victim_contact
   set reason = substring(outcome from 10 for position('] ' in outcome) - 10),
       outcome = nullif(substring(outcome from position('] ' in outcome) + 2), '')
 where outcome like '[Reason: %' and position('] ' in outcome) > 0;
