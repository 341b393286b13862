/**
 * An index manager for one-shot checks (`tandem validate`, batch jobs): it keeps the index of
 * exported symbols (templates, which imports need) but not the index of references, which
 * only find-references and rename in an editor use.
 */
import { DefaultIndexManager } from 'langium';

export class OneShotIndexManager extends DefaultIndexManager {
    override async updateReferences(): Promise<void> {
        // Nothing refers back: a one-shot check never asks who refers to what.
    }
}
