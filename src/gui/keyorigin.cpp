#include "keyorigin.h"

QString KeyOrigin::describe(const GatewaySetup& setup) {
    if (setup.keySource != KeySource::Environment && (!setup.savedProfile || setup.demo))
        return {}; // not one of the user's profiles: nothing in the settings to point at
    switch (setup.keySource) {
    case KeySource::Environment:
        return tr("The key in use comes from the environment variable %1, which overrides the keys "
                  "in the settings: correct or unset %1, then restart VideoRemix.")
            .arg(setup.keyVariable.isEmpty() ? QStringLiteral("VIDEOREMIX_API_KEY")
                                             : setup.keyVariable);
    case KeySource::Keychain:
        return tr("The key in use is the profile \"%1\"'s, stored in the system keychain: "
                  "correct it in the settings.")
            .arg(setup.label);
    case KeySource::File:
        return tr("The key in use is the profile \"%1\"'s, stored unencrypted in the key file %2: "
                  "correct it in the settings.")
            .arg(setup.label, setup.keyFile);
    case KeySource::Session:
        return tr("The key in use is the profile \"%1\"'s, kept for this run only: correct it in "
                  "the settings.")
            .arg(setup.label);
    case KeySource::None:
        break;
    }
    return {};
}
