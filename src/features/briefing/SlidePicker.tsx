import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveSlide, unitSlideId, type FixedSlideId, type SlideId } from './slide-ids';

export interface SlidePickerProps {
  readonly slides: readonly SlideId[];
  readonly titleOf: (id: SlideId) => string;
  readonly fixed: readonly FixedSlideId[];
  readonly units: readonly { readonly code: string; readonly fullName: string }[];
  readonly onChange: (slides: SlideId[]) => void;
  readonly onSave: () => boolean;
  readonly onReset: () => void;
  readonly shareLink: string;
}

/** Chooses and orders the slides, saves the set on this computer and gives a link that carries it. */
export function SlidePicker({ slides, titleOf, fixed, units, onChange, onSave, onReset, shareLink }: SlidePickerProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const addId = useId();
  const linkId = useId();
  const [message, setMessage] = useState('');
  const chosen = new Set<string>(slides);
  const unitNames = new Map<string, string>(units.map((u) => [unitSlideId(u.code), u.fullName]));
  const addable: SlideId[] = [...fixed.filter((id) => !chosen.has(id)), ...units.map((u) => unitSlideId(u.code)).filter((id) => !chosen.has(id))];
  const [toAdd, setToAdd] = useState<string>('');
  const selectedToAdd = addable.includes(toAdd as SlideId) ? (toAdd as SlideId) : addable[0];

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareLink);
      setMessage(t('briefingPage.picker.copied'));
    } catch {
      setMessage(t('briefingPage.picker.copyFailed'));
    }
  };

  return (
    <section className="panel slide-picker" aria-labelledby={headingId} data-testid="slide-picker">
      <header className="panel-header">
        <h2 id={headingId} className="panel-title">
          {t('briefingPage.picker.heading')}
        </h2>
      </header>
      <div className="panel-body">
        <ol className="slide-list" data-testid="slide-list">
          {slides.map((id, i) => {
            const name = titleOf(id);
            return (
              <li key={id} data-slide-id={id}>
                <span className="slide-list-name">{name}</span>
                <span className="slide-list-actions">
                  <button type="button" className="icon-button" onClick={() => onChange(moveSlide(slides, i, -1))} disabled={i === 0} aria-label={t('briefingPage.picker.moveUp', { name })}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" onClick={() => onChange(moveSlide(slides, i, 1))} disabled={i === slides.length - 1} aria-label={t('briefingPage.picker.moveDown', { name })}>
                    ↓
                  </button>
                  <button type="button" className="icon-button" onClick={() => onChange(slides.filter((s) => s !== id))} disabled={slides.length === 1} aria-label={t('briefingPage.picker.remove', { name })}>
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
        {addable.length > 0 && selectedToAdd && (
          <div className="slide-add">
            <label htmlFor={addId}>{t('briefingPage.picker.addLabel')}</label>
            <select id={addId} value={selectedToAdd} onChange={(e) => setToAdd(e.target.value)}>
              {addable.map((id) => (
                <option key={id} value={id}>
                  {unitNames.has(id) ? t('briefingPage.picker.unitOption', { name: unitNames.get(id) }) : titleOf(id)}
                </option>
              ))}
            </select>
            <button type="button" className="button secondary" onClick={() => onChange([...slides, selectedToAdd])}>
              {t('briefingPage.picker.add')}
            </button>
          </div>
        )}
        <div className="slide-picker-actions">
          <button type="button" className="button" onClick={() => setMessage(onSave() ? t('briefingPage.picker.saved') : t('briefingPage.picker.saveFailed'))}>
            {t('briefingPage.picker.save')}
          </button>
          <button type="button" className="button secondary" onClick={() => { onReset(); setMessage(''); }}>
            {t('briefingPage.picker.reset')}
          </button>
          <button type="button" className="button secondary" onClick={() => void copy()}>
            {t('briefingPage.picker.copyLink')}
          </button>
        </div>
        <label htmlFor={linkId} className="slide-link-label">
          {t('briefingPage.picker.link')}
        </label>
        <input id={linkId} className="slide-link" type="text" readOnly value={shareLink} onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
        <p role="status" className="slide-status">
          {message}
        </p>
      </div>
    </section>
  );
}
