/**
 * Spanish syllables and INFLESZ (LANGUAGE.md 0.2, "Reading level in Spanish"): each rule of the
 * page on words whose syllables are known, and sentence scores computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { countSpanishWords, findHardSpanishSentences, infleszScore, spanishSyllables } from '@tandem/language';

describe('Spanish syllables', () => {
    it('one syllable per group of vowels', () => {
        expect(spanishSyllables('casa')).toBe(2);
        expect(spanishSyllables('trabajar')).toBe(3);
        expect(spanishSyllables('El')).toBe(1);
        expect(spanishSyllables('ciudad')).toBe(2); // ciu-dad: two weak vowels
        expect(spanishSyllables('nueva')).toBe(2); // nue-va: weak + strong
        expect(spanishSyllables('cuidado')).toBe(3); // cui-da-do
    });

    it('two strong vowels split (hiatus), accented or not', () => {
        expect(spanishSyllables('leer')).toBe(2);
        expect(spanishSyllables('poeta')).toBe(3);
        expect(spanishSyllables('océano')).toBe(4); // o-cé-a-no
        expect(spanishSyllables('aéreo')).toBe(4); // a-é-re-o
    });

    it('an accented weak vowel next to another vowel splits', () => {
        expect(spanishSyllables('día')).toBe(2);
        expect(spanishSyllables('país')).toBe(2);
        expect(spanishSyllables('río')).toBe(2);
        expect(spanishSyllables('reúne')).toBe(3);
        expect(spanishSyllables('dia')).toBe(1); // without the accent, one group
    });

    it('`y` ends the syllable of the vowel before it; the word `y` is one syllable', () => {
        expect(spanishSyllables('hoy')).toBe(1);
        expect(spanishSyllables('muy')).toBe(1);
        expect(spanishSyllables('leyes')).toBe(2); // le-yes: y is a consonant here
        expect(spanishSyllables('y')).toBe(1);
        expect(spanishSyllables('Y')).toBe(1);
    });

    it('the u of que, qui, gue, gui is silent; ü is not', () => {
        expect(spanishSyllables('que')).toBe(1);
        expect(spanishSyllables('quiero')).toBe(2); // quie-ro
        expect(spanishSyllables('guerra')).toBe(2);
        expect(spanishSyllables('seguir')).toBe(2);
        expect(spanishSyllables('pingüino')).toBe(3); // pin-güi-no
        expect(spanishSyllables('agua')).toBe(2); // gua: the u is heard
    });

    it('a word without a vowel counts one', () => {
        expect(spanishSyllables('pst')).toBe(1);
    });
});

describe('INFLESZ', () => {
    it('words are runs of letters; numbers are not words', () => {
        // Nos(1) ve-mos(2) el(1) de(1) e-ne-ro(3).
        expect(countSpanishWords('Nos vemos el 12 de enero.')).toEqual({ words: 5, syllables: 8 });
        expect(countSpanishWords('¿Qué día?')).toEqual({ words: 2, syllables: 3 });
    });

    it('scores a sentence as the page says', () => {
        // El(1) cliente(2) busca(2) una(2) casa(2) nueva(2): 6 words, 11 syllables.
        expect(infleszScore(6, 1, 11)).toBeCloseTo(206.835 - 62.3 * 11 / 6 - 6, 6);
        expect(findHardSpanishSentences('El cliente busca una casa nueva.', 86)).toEqual([]);
        const [hard] = findHardSpanishSentences('El cliente busca una casa nueva.', 87);
        expect(hard.words).toBe(6);
        expect(hard.syllables).toBe(11);
        expect(hard.inflesz).toBeCloseTo(86.617, 2);
    });

    it('reports each sentence below the minimum, with at least 5 words, at its offset', () => {
        // Vamos(2) a(1) buscar(2) una(2) casa(2): 5 words, 9 syllables: 206.835 - 112.14 - 5 = 89.7.
        // Ne-ce-si-ta-mos(5) do-cu-men-ta-ción(5) ad-mi-nis-tra-ti-va(6) com-ple-men-ta-ria(5) ac-tua-li-za-da(5):
        // 5 words, 26 syllables: 206.835 - 323.96 - 5 = -122.125.
        const text = 'Vamos a buscar una casa. Necesitamos documentación administrativa complementaria actualizada.';
        const hard = findHardSpanishSentences(text);
        expect(hard).toHaveLength(1);
        expect(hard[0].text).toBe('Necesitamos documentación administrativa complementaria actualizada.');
        expect(hard[0].offset).toBe(25);
        expect(hard[0].syllables).toBe(26);
        expect(hard[0].inflesz).toBeCloseTo(-122.125, 2);
        // Fewer than 5 words: not scored.
        expect(findHardSpanishSentences('Documentación administrativa complementaria actualizada.')).toEqual([]);
    });
});
