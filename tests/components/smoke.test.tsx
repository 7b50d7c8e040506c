// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScreeningShell } from '@/components/screening/ScreeningShell';
import { renderIntl } from '../support/intl';

describe('the screening page shell', () => {
  it('renders the Screening heading', () => {
    renderIntl(<ScreeningShell />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Screening' });
    expect(heading.textContent).toBe('Screening');
  });

  it('renders it in Chinese for a Chinese reader', () => {
    renderIntl(<ScreeningShell />, 'zh-CN');
    expect(screen.getByRole('heading', { level: 1, name: '筛查' })).toBeTruthy();
  });
});
