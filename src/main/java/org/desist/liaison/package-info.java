/**
 * Orders that need children's social care (Sentencing Act 2020 Sch. 6): before proposing a youth rehabilitation order
 * with a residence requirement (16–17), a local authority residence requirement or intensive fostering, the YOS
 * assesses and liaises with social care. Recording that such a requirement is being considered for a report to
 * court raises a due item ({@code social-care-liaison-before-proposal}) met by recording the liaison.
 * {@link org.desist.liaison.SocialCareLiaisons} is the public API.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Orders that need children's social care",
        allowedDependencies = {"audit", "child", "court", "deadline", "order", "platform", "security"})
package org.desist.liaison;
