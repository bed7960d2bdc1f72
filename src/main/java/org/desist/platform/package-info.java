/**
 * Platform: what every feature module stands on — the database (embedded PostgreSQL by default), the
 * page framework (GOV.UK layout, error summary, problem details) and the clock. An open module: its
 * sub-packages may be used by every other module.
 */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        // Infrastructure every module may use; it uses no module.
        allowedDependencies = {})
package org.desist.platform;
