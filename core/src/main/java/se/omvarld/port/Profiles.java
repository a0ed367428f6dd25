package se.omvarld.port;

import java.util.Optional;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.shared.MunicipalityCode;

/** Where each municipality's policy profile comes from: the shipped ones, or a municipality's own settings. */
public interface Profiles {

    Optional<PolicyProfile> of(MunicipalityCode municipality);
}
