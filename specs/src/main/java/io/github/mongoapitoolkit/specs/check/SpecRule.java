package io.github.mongoapitoolkit.specs.check;

import java.util.List;

/** A rule every spec of this project must satisfy. */
public interface SpecRule {

    /** Returns one finding per violation; an empty list when the spec satisfies the rule. */
    List<Finding> check(LoadedSpec spec);
}
