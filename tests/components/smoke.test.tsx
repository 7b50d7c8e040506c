// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ScreeningPage from '@/app/page';

describe('app/page', () => {
  it('renders the Screening heading', () => {
    render(<ScreeningPage />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Screening' });
    expect(heading.textContent).toBe('Screening');
  });
});
